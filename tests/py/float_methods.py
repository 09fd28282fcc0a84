for v in [0.0, -0.0, 1.5, -2.75, 0.1, 1e300, 5e-324, 3.0, 1e22]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex(), v.conjugate(), v.real, v.imag)
for v in [float('inf'), float('-inf'), float('nan')]:
    print(v.hex(), v.is_integer())
    try:
        print(v.as_integer_ratio())
    except Exception as e:
        print(type(e).__name__, e)
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-1074'), float.fromhex('0X1.FFFFFFFFFFFFFP+1023'), float.fromhex(' 0x10 '))
print(float.fromhex('1.0'), float.fromhex('inf'), float.fromhex('-nan'), float.fromhex('0x.8'), float.fromhex('0x1p-1075'))
for s in ['x', '0x1p', '0x1p2000', '']:
    try:
        print(float.fromhex(s))
    except Exception as e:
        print(type(e).__name__, e)
print(all(float.fromhex(x.hex()) == x for x in [0.1, 1/3, 1e-310, 12345.678]))
