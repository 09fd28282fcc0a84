# Records processing: tuples, dict grouping, comprehensions, string formatting.
rows = []
seed = 7
names = ["alpha", "beta", "gamma", "delta", "eps"]
for i in range(300):
    seed = (seed * 48271) % 2147483647
    rows.append((names[seed % 5], seed % 1000 / 10.0, i % 7 == 0))
groups = {}
for name, value, flag in rows:
    g = groups.setdefault(name, {"n": 0, "sum": 0.0, "flags": 0, "max": None})
    g["n"] += 1
    g["sum"] += value
    g["flags"] += flag
    if g["max"] is None or value > g["max"]:
        g["max"] = value
for name in sorted(groups):
    g = groups[name]
    print(f"{name:<6} n={g['n']:3d} mean={g['sum'] / g['n']:8.3f} max={g['max']:6.1f} flags={g['flags']}")
flagged = [r for r in rows if r[2]]
print(len(flagged), flagged[:3])
by_bucket = {}
for name, value, _ in rows:
    by_bucket.setdefault(int(value // 25), []).append(name[0])
print({k: "".join(sorted(v))[:10] for k, v in sorted(by_bucket.items())})
pairs = list(zip(names, map(len, names)))
print(pairs, dict(pairs)["gamma"])
print(sorted(rows, key=lambda r: (r[1], r[0]))[:4])
matrix = [[(i * j) % 5 for j in range(6)] for i in range(4)]
print(matrix, [sum(col) for col in zip(*matrix)])
print(any(v > 99 for _, v, _ in rows), all(v >= 0 for _, v, _ in rows))
a, *rest, z = range(10)
print(a, rest, z)
(x, y), [p, q] = (1, 2), "ab"
print(x, y, p, q)
print(f"{3.14159:.2f} {255:#x} {1234567:,} {0.25:.1%} {'s':*^9}")
