print(reversed(42))
