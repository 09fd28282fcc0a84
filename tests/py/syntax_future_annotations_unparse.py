from __future__ import annotations
def f(a: (1, 2), b: [int, str], c: {'k': v}, d: x if y else z, e: lambda q: q, g: a.b[c:d:e], h: f(*a, **k, x=1),
      i: not x, j: -x ** 2, k: (a + b) * c, l: a + (b * c), m: x < y <= z, n: a and b or c, o: {1, 2}, p: [x for x in y if x],
      q: {k: v for k, v in d}, r: (x for x in y), s: 'str', t: b'bytes', u: 1.5, v: 1e100, w: 1j, x2: ..., y2: None,
      z2: f'{x!r:>{w}}', aa: a[1:2, ::3], bb: a[()], dd: 2 ** -1, ee: ~x, ff: a @ b, gg: a if b else (c if d else e),
      hh: (lambda: 1)(), ii: x[1,], jj: -(-1), kk: (-1) ** 2, ll: a.b.c, mm: [*a, *b], nn: {**a, 'b': 1}) -> None: pass
for k, v in f.__annotations__.items():
    print(k, repr(v))
