pairs = [(1, 'a'), ('a', 1), ([], 1), (None, None), ({}, {}), (1.5, [])]
ops = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@']
for a, b in pairs:
    for op in ops:
        try:
            eval('a ' + op + ' b')
        except TypeError as e:
            print(op, '|', e)
        else:
            print(op, '| ok')
try:
    divmod('a', 1)
except TypeError as e:
    print(e)
try:
    pow(2, 3, 'x')
except TypeError as e:
    print(e)
try:
    pow('a', 2)
except TypeError as e:
    print(e)
