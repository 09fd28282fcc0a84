for s in ['.3000000000f', '.2147483647g', '.2147483647', '.900g', '#.900g', '.5000']:
    try:
        r = format(1.5, s)
        print(s, len(r), r[:30])
    except Exception as e:
        print(s, type(e).__name__, e)
print(format(5e-324, '.2000g') == format(5e-324, '.800g'), format(2.0**-1074, '.1000')[:40])
