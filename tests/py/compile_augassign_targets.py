x = 1
x += 2; x -= 1; x *= 10; x //= 3; x %= 4; x **= 3; x <<= 2; x >>= 1; x |= 8; x &= 12; x ^= 5
print(x)
f = 10.0
f /= 4
print(f)
l = [1, 2]
l += [3]
l *= 2
print(l)
class O: pass
o = O(); o.v = 1
o.v += 5
print(o.v)
d = {'k': 1}
d['k'] += 1
d['n'] = d.get('n', 0) + 1
print(d)
m = [[0] * 2 for _ in range(2)]
m[1][0] += 7
print(m)
s = 'a'
s += 'b' * 2
print(s)
def g():
    c = 0
    def inc():
        nonlocal c
        c += 1
    inc(); inc()
    return c
print(g())
calls = []
def key():
    calls.append(1)
    return 0
arr = [10]
arr[key()] += 1
print(arr, len(calls))
