l = [1, 2, *range(3), *"ab"]
print(l)
t = (*l[:2], 9)
print(t)
s = {1, 2, *[2, 3]}
print(sorted(s))
d = {"a": 1, **{"b": 2}, "c": 3}
print(d)
d2 = {**d, "a": 10}
print(d2)
print([x * x for x in range(5) if x % 2 == 0])
print({x: x * 2 for x in range(3)})
print(sorted({x % 3 for x in range(10)}))
print(list(x + 1 for x in range(3)))
print([(i, j) for i in range(3) for j in range(i)])
try:
    {**[1]}
except TypeError as e:
    print(e)
name = "w"
print(f"hello {name}!", f"{3 + 4:>5}", f"{'q'!r}", f"{1.5:.3f}", f"{name=}")
