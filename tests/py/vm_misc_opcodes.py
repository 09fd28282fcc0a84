x = 5
print(-x, +x, ~x, not x, abs(-x))
print([1, 2] + [3], (1,) * 3, "ab" * 2)
print(2 ** 10, 2 ** 0.5 == 2 ** 0.5, pow(2, 10, 1000))
s = slice(1, 5, 2)
print(list(range(10))[s], "abcdefg"[1:-1:2])
l = [0] * 5
l[1:3] = [7, 8, 9]
print(l)
m = [[0] * 2 for _ in range(2)]
m[0][1] = 5
print(m)
print(divmod(17, 5), 17 // 5, 17 % 5)
print(1 if [] else 2, [] or "empty")
t = 1, 2
print(t, type(t).__name__)
