a = b = c = [1]
print(a is b is c)
x = y = 5
x += 1
print(x, y)
i = j = k = 0
print(i, j, k)
