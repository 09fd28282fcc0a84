specs = ['', 'd', '5', '<5', '^7', '>6', '=+8', '+', ' ', '-', ',', '_', '08', '08,', '010,', '_x', '#x', '#X', '#o', '#b',
         'x', 'X', 'o', 'b', '08b', '#010x', '_b', 'n', 'e', '.3e', 'f', '.2f', '%', 'g', 'G', '*^9', 'c', '+,', '012_']
for v in [0, 7, -7, 1234567, -1234567, 65, 2**70]:
    out = []
    for s in specs:
        if s == 'c' and (v < 0 or v > 0x10ffff):
            continue
        out.append(format(v, s))
    print(v, out)
for s in ['s', '.2d', ',x', 'z', '+c', '#c', 'q', ',b']:
    try:
        print(format(5, s))
    except ValueError as e:
        print('ValueError', e)
try:
    format(-1, 'c')
except OverflowError as e:
    print('OverflowError', e)
print('{:>10,}|{:x}|{:08.3f}'.format(1234567, 255, 3))
