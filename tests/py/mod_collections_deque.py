from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(list(reversed(d)), 7 in d, 99 in d, d.count(7), d.index(7))
d2 = deque(range(10), maxlen=3)
print(d2, d2.maxlen)
d2.append(10); print(d2)
d2.appendleft(5); print(d2)
d2.extend([1, 2]); print(d2)
d3 = deque()
for i in range(1000):
    d3.append(i)
while len(d3) > 3:
    d3.popleft()
print(d3)
d3.clear(); print(d3, bool(d3))
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError", e)
d = deque("abcde")
d.remove("c"); print(d)
d.insert(1, "z"); print(d)
del d[0]; print(d)
d[0] = "Q"; print(d)
d.reverse(); print(d)
print(d.copy(), d == deque(d), d != deque(), deque([1, 2]) < deque([1, 3]))
print(deque([1, 2]) + deque([3]), deque([1]) * 3)
e = deque([1, 2]); e += [3]; print(e)
try:
    d[10]
except IndexError as e:
    print("IndexError", e)
try:
    deque([1]).remove(5)
except ValueError as e:
    print("ValueError", e)
print(repr(deque([], maxlen=0)), deque([1, 2], 5))
