for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1234.5678, -1234.5678, 1e20, 5e-324, 2.5e-8]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, 3), round(v, -1), round(v, -2), round(v, 10))
print(round(1.2e308, -308), round(-0.4), round(-0.4, 0), round(0.5, 400), round(123.0, -400))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, None))
for v in [float('inf'), float('nan')]:
    print(round(v, 2))
    try:
        print(round(v))
    except Exception as e:
        print(type(e).__name__, e)
