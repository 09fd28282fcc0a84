print(tuple(5))
