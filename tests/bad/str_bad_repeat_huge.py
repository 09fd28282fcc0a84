x = "ab" * (2**62)
print(len(x))
