total = 0
for i in range(1000000):
    total += i
print(total)
print([i for i in range(10, 0, -3)], [i for i in range(-1, -10, -2)], [i for i in range(0)])
r = range(5)
it = iter(r)
print(next(it), next(it), list(it), list(it), list(r))
for i in range(3):
    for j in range(i):
        print(i, j, end="; ")
print()
print(list(zip(range(3), range(10, 13))), dict(zip(range(3), "abc")))
print(list(range(2 ** 48 - 2, 2 ** 48 + 1)), list(range(-2 ** 48 - 1, -2 ** 48 + 2)))
print(list(range(0, 2 ** 62, 2 ** 60)), list(range(2 ** 62, 0, -2 ** 61)))
print(sum(range(0, 10 ** 6, 3)), len(range(0, 10 ** 6, 3)))
x = 0
for i in range(10):
    x = i
    if i == 5:
        break
print(x, i)
print(range(10)[3], range(10)[-1], range(1, 100, 7)[5], range(100, 1, -7)[-1])
