data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print('long', n)
while (x := data.pop()) > 2:
    print(x)
print(x, data)
print([y := 5, y ** 2])
values = [v for i in range(5) if (v := i * i) > 4]
print(values, v)
def f():
    total = [s := 0]
    [s := s + i for i in range(4)]
    return s
print(f())
