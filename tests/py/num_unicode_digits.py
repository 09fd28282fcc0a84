print(int('١٢٣'), int('\u3000 42\u2003'), float('１.５'), float('\u00a01e3\u2028'), int('٣', 16))
for s in ['١x', '½', '１２３.４.']:
    for f in (int, float):
        try:
            print(f(s))
        except ValueError as e:
            print('ValueError', e)
