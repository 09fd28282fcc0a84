a = ()
b = ()
for i in range(100000):
    a = (a, 1)
    b = (b, 1)
print(a < b)
