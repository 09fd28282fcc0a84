for z in [1+2j, 1.5+0j, complex(-0.0, 1), 0j, -1j, complex(1, -0.0), 1e20j]:
    print([format(z, s) for s in ['', '.2f', '.3', '>20', 'g', '+.1e', '^16.2f', '<12']])
for s in ['=10', '010', 'd', 'x']:
    try:
        print(format(1+2j, s))
    except ValueError as e:
        print('ValueError', e)
