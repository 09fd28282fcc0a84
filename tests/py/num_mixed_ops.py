vals = [3, -4, 2.5, -0.5, 1+1j, True, 2**70]
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b), ('/', lambda a, b: a / b),
       ('//', lambda a, b: a // b), ('%', lambda a, b: a % b), ('**', lambda a, b: a ** b if not (isinstance(b, int) and b > 1000) else 'big')]
for name, op in ops:
    for a in vals:
        row = []
        for b in vals:
            try:
                r = op(a, b)
                if isinstance(r, complex):
                    r = complex(round(r.real, 6), round(r.imag, 6))
                elif isinstance(r, float):
                    r = '%.10g' % r
                row.append(r)
            except Exception as e:
                row.append(type(e).__name__)
        print(name, a, row)
