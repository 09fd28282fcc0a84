for spec in ['.800g', '.760', '#.1000g', '.500e', '.400f', '.30', '.17g', '#.40']:
    print(spec, format(5e-324, spec))
    print(spec, format(0.1, spec))
    print(spec, format(-2.0**-1060, spec))
print(format(1.5, '.2000g'), len(format(1.5, '#.3000g')))
