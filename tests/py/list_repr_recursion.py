a = [1, 2]
a.append(a)
print(a)
print(repr(a), str(a))
b = [a, [a]]
print(b)
d = {1: a}
a.append(d)
print(a)
t = ([],)
t[0].append(t)
print(t)
print([1, "a", 2.5, None, True, (1,), [], {}, set(), frozenset()])
print([[[]]], [()], [(1, 2), [3, (4,)]])
