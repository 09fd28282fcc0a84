x = "outer"
r = [x for x in range(3)]
print(r, x)
y = 10
print([y + i for i in range(3)])
def f():
    z = 5
    return [z * i for i in range(3)], {i: z for i in range(2)}
print(f())
class C:
    k = 3
    vals = [i for i in range(k)]
print(C.vals)
print([[j for j in range(i)] for i in range(4)])
print([(a, b) for a in range(3) if a for b in range(a) if b != 1])
