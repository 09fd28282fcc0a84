for v in [0, -0, 5, -5, 2**48, -2**48, -2**100, 2.5, -2.5, -0.0, float('-inf'), 3+4j, -3-4j, True, False]:
    print(repr(v), repr(abs(v)), repr(-v), repr(+v))
