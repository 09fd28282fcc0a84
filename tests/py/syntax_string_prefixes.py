print('a', "b", r'\n', R"\t", u'x', U"y", b'z', B"w", rb'\x', Rb'\y', bR'\z', BR'\q', br'1', Br"2")
print(f'{1+1}', F"{2}", rf'\{3}', fr'\n{4}', Rf'{5}', fR'{6}', FR"{7}", RF'{8}')
print(len(r'\n'), len('\n'), len(b'\x00\xff'))
print('''tri
ple''', """dou
ble""")
