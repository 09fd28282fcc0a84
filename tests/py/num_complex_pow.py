for a, b in [(0j, -1), (0j, 0), (0j, 2), (0j, 1j), (0j, 0.5), (1e200+1e200j, 2), (2+3j, 1e10), (1j, 1.5), (2j, -100), (1e300j, 101), (float('inf'), 0.5+0j), (1+1j, float('nan'))]:
    try:
        print(a ** b)
    except Exception as e:
        print(type(e).__name__, e)
