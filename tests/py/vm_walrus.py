data = [1, 5, 10, 2]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 4])
print(y)
i = 0
while (i := i + 1) < 4:
    print(i, end=" ")
print()
def f():
    [last := v for v in range(5)]
    return last
print(f())
