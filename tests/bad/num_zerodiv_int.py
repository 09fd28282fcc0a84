x = 10
print(x)
print(x // 0)
