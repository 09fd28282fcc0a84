print('\N{BULLET} \N{EM DASH} \N{degree sign} \N{GREEK SMALL LETTER ALPHA}')
print(f'\N{BULLET} {1+1} \N{LATIN SMALL LETTER E WITH ACUTE}')
print(b'\N{BULLET}', r'\N{BULLET}', len('\N{SPACE}'))
print('a\{b', f'\{6*7}')
