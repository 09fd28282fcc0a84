vals = [0, 1, -1, 0.0, 0.5, '', 'a', [], [0], (), (0,), {}, {0: 0}, set(), {0}, None, True, False,
        range(0), range(3), b'', b'x', 2 ** 100, -0.0, 0j, 1j]
print([bool(v) for v in vals])
print([not v for v in vals])
class C:
    pass
print(bool(C), bool(C()), bool(object()), bool(len), bool(int))
x = [] or 'default'
y = 'first' and 'second'
print(x, y, 0 or None, 1 and 0)
