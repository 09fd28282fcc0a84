zs = [1+2j, -3+0.5j, 2j, 4.0, 3, -1-1j]
for a in zs:
    print(a, [a + b for b in zs], [a - b for b in zs])
    print(a, [a * b for b in zs])
    print(a, [a / b for b in zs])
print((1+2j) ** 2, (1+2j) ** 0.5, (1+2j) ** -3, 2 ** (1j), (1+1j) ** 100, (2+0j) ** 10, 1j ** 2, (-1) ** 0.5)
print(-(1+2j), +(1-2j), abs(3+4j), abs(-5j), (1+2j) == 1+2j, (1+0j) == 1, 2j != 2j, (3+0j) == 3.0)
print(hash(1+2j), hash(3+0j) == hash(3), hash(1.5j), hash(complex(-1, -1)), bool(0j), bool(1e-300j))
for f in [lambda: (1+2j) / 0, lambda: 0j ** -1, lambda: (1j) % 2, lambda: 1j // 2, lambda: 1j < 2j, lambda: int(1j),
          lambda: float(1j), lambda: complex('1+'), lambda: complex('1', 2), lambda: complex(1, '2'), lambda: complex([])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
