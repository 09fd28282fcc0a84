for s in ['1.5', '  -2.25  ', '+3', '1e10', '1E-3', '.5', '5.', 'inf', '-Infinity', 'nan', '-NaN', '1_000.5', '1_0e1_0',
          '0.1', '123456789012345678901234567890', '1e400', '-1e400', '1e-400', '\t7\n', '0001.2500', 'iNF']:
    print(repr(s), float(s))
for s in ['', 'x', '1..2', '1e', 'e5', '1__0', '_1', '1_', '1.5_', '0x10', 'infinit', '- 1', '1 2', '1e+-5', '.']:
    try:
        print(float(s))
    except ValueError as e:
        print('ValueError', e)
print(float(b'2.5'), float(bytearray(b' -1e3 ')))
