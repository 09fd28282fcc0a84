try:
    print("format(0, '')", repr(format(0, '')))
except Exception as ex:
    print("format(0, '')", type(ex).__name__, ex)
try:
    print("format(0, 'd')", repr(format(0, 'd')))
except Exception as ex:
    print("format(0, 'd')", type(ex).__name__, ex)
try:
    print("format(0, 'x')", repr(format(0, 'x')))
except Exception as ex:
    print("format(0, 'x')", type(ex).__name__, ex)
try:
    print("format(0, 'X')", repr(format(0, 'X')))
except Exception as ex:
    print("format(0, 'X')", type(ex).__name__, ex)
try:
    print("format(0, 'o')", repr(format(0, 'o')))
except Exception as ex:
    print("format(0, 'o')", type(ex).__name__, ex)
try:
    print("format(0, 'b')", repr(format(0, 'b')))
except Exception as ex:
    print("format(0, 'b')", type(ex).__name__, ex)
try:
    print("format(0, '#x')", repr(format(0, '#x')))
except Exception as ex:
    print("format(0, '#x')", type(ex).__name__, ex)
try:
    print("format(0, '#b')", repr(format(0, '#b')))
except Exception as ex:
    print("format(0, '#b')", type(ex).__name__, ex)
try:
    print("format(0, ',')", repr(format(0, ',')))
except Exception as ex:
    print("format(0, ',')", type(ex).__name__, ex)
try:
    print("format(0, '_')", repr(format(0, '_')))
except Exception as ex:
    print("format(0, '_')", type(ex).__name__, ex)
try:
    print("format(0, '+')", repr(format(0, '+')))
except Exception as ex:
    print("format(0, '+')", type(ex).__name__, ex)
try:
    print("format(0, ' ')", repr(format(0, ' ')))
except Exception as ex:
    print("format(0, ' ')", type(ex).__name__, ex)
try:
    print("format(0, '>10')", repr(format(0, '>10')))
except Exception as ex:
    print("format(0, '>10')", type(ex).__name__, ex)
try:
    print("format(0, '<10')", repr(format(0, '<10')))
except Exception as ex:
    print("format(0, '<10')", type(ex).__name__, ex)
try:
    print("format(0, '^11')", repr(format(0, '^11')))
except Exception as ex:
    print("format(0, '^11')", type(ex).__name__, ex)
try:
    print("format(0, '=+12')", repr(format(0, '=+12')))
except Exception as ex:
    print("format(0, '=+12')", type(ex).__name__, ex)
try:
    print("format(0, '010')", repr(format(0, '010')))
except Exception as ex:
    print("format(0, '010')", type(ex).__name__, ex)
try:
    print("format(0, '012,')", repr(format(0, '012,')))
except Exception as ex:
    print("format(0, '012,')", type(ex).__name__, ex)
try:
    print("format(0, '0=14_')", repr(format(0, '0=14_')))
except Exception as ex:
    print("format(0, '0=14_')", type(ex).__name__, ex)
try:
    print("format(0, 'e')", repr(format(0, 'e')))
except Exception as ex:
    print("format(0, 'e')", type(ex).__name__, ex)
try:
    print("format(0, '.2e')", repr(format(0, '.2e')))
except Exception as ex:
    print("format(0, '.2e')", type(ex).__name__, ex)
try:
    print("format(0, 'E')", repr(format(0, 'E')))
except Exception as ex:
    print("format(0, 'E')", type(ex).__name__, ex)
try:
    print("format(0, 'f')", repr(format(0, 'f')))
except Exception as ex:
    print("format(0, 'f')", type(ex).__name__, ex)
try:
    print("format(0, '.0f')", repr(format(0, '.0f')))
except Exception as ex:
    print("format(0, '.0f')", type(ex).__name__, ex)
try:
    print("format(0, '.3f')", repr(format(0, '.3f')))
except Exception as ex:
    print("format(0, '.3f')", type(ex).__name__, ex)
try:
    print("format(0, '#.0f')", repr(format(0, '#.0f')))
except Exception as ex:
    print("format(0, '#.0f')", type(ex).__name__, ex)
try:
    print("format(0, 'g')", repr(format(0, 'g')))
except Exception as ex:
    print("format(0, 'g')", type(ex).__name__, ex)
try:
    print("format(0, '.3g')", repr(format(0, '.3g')))
except Exception as ex:
    print("format(0, '.3g')", type(ex).__name__, ex)
try:
    print("format(0, '#g')", repr(format(0, '#g')))
except Exception as ex:
    print("format(0, '#g')", type(ex).__name__, ex)
try:
    print("format(0, 'G')", repr(format(0, 'G')))
except Exception as ex:
    print("format(0, 'G')", type(ex).__name__, ex)
try:
    print("format(0, '.10g')", repr(format(0, '.10g')))
except Exception as ex:
    print("format(0, '.10g')", type(ex).__name__, ex)
try:
    print("format(0, '%')", repr(format(0, '%')))
except Exception as ex:
    print("format(0, '%')", type(ex).__name__, ex)
try:
    print("format(0, '.1%')", repr(format(0, '.1%')))
except Exception as ex:
    print("format(0, '.1%')", type(ex).__name__, ex)
try:
    print("format(0, 'n')", repr(format(0, 'n')))
except Exception as ex:
    print("format(0, 'n')", type(ex).__name__, ex)
try:
    print("format(0, 'c')", repr(format(0, 'c')))
except Exception as ex:
    print("format(0, 'c')", type(ex).__name__, ex)
try:
    print("format(0, '.3')", repr(format(0, '.3')))
except Exception as ex:
    print("format(0, '.3')", type(ex).__name__, ex)
try:
    print("format(0, '#')", repr(format(0, '#')))
except Exception as ex:
    print("format(0, '#')", type(ex).__name__, ex)
try:
    print("format(0, 'z.2f')", repr(format(0, 'z.2f')))
except Exception as ex:
    print("format(0, 'z.2f')", type(ex).__name__, ex)
try:
    print("format(0, '+.4')", repr(format(0, '+.4')))
except Exception as ex:
    print("format(0, '+.4')", type(ex).__name__, ex)
try:
    print("format(0, '*^15,.2f')", repr(format(0, '*^15,.2f')))
except Exception as ex:
    print("format(0, '*^15,.2f')", type(ex).__name__, ex)
try:
    print("format(0, '-^9')", repr(format(0, '-^9')))
except Exception as ex:
    print("format(0, '-^9')", type(ex).__name__, ex)
try:
    print("format(0, ' 8.1e')", repr(format(0, ' 8.1e')))
except Exception as ex:
    print("format(0, ' 8.1e')", type(ex).__name__, ex)
try:
    print("format(5, '')", repr(format(5, '')))
except Exception as ex:
    print("format(5, '')", type(ex).__name__, ex)
try:
    print("format(5, 'd')", repr(format(5, 'd')))
except Exception as ex:
    print("format(5, 'd')", type(ex).__name__, ex)
try:
    print("format(5, 'x')", repr(format(5, 'x')))
except Exception as ex:
    print("format(5, 'x')", type(ex).__name__, ex)
try:
    print("format(5, 'X')", repr(format(5, 'X')))
except Exception as ex:
    print("format(5, 'X')", type(ex).__name__, ex)
try:
    print("format(5, 'o')", repr(format(5, 'o')))
except Exception as ex:
    print("format(5, 'o')", type(ex).__name__, ex)
try:
    print("format(5, 'b')", repr(format(5, 'b')))
except Exception as ex:
    print("format(5, 'b')", type(ex).__name__, ex)
try:
    print("format(5, '#x')", repr(format(5, '#x')))
except Exception as ex:
    print("format(5, '#x')", type(ex).__name__, ex)
try:
    print("format(5, '#b')", repr(format(5, '#b')))
except Exception as ex:
    print("format(5, '#b')", type(ex).__name__, ex)
try:
    print("format(5, ',')", repr(format(5, ',')))
except Exception as ex:
    print("format(5, ',')", type(ex).__name__, ex)
try:
    print("format(5, '_')", repr(format(5, '_')))
except Exception as ex:
    print("format(5, '_')", type(ex).__name__, ex)
try:
    print("format(5, '+')", repr(format(5, '+')))
except Exception as ex:
    print("format(5, '+')", type(ex).__name__, ex)
try:
    print("format(5, ' ')", repr(format(5, ' ')))
except Exception as ex:
    print("format(5, ' ')", type(ex).__name__, ex)
try:
    print("format(5, '>10')", repr(format(5, '>10')))
except Exception as ex:
    print("format(5, '>10')", type(ex).__name__, ex)
try:
    print("format(5, '<10')", repr(format(5, '<10')))
except Exception as ex:
    print("format(5, '<10')", type(ex).__name__, ex)
try:
    print("format(5, '^11')", repr(format(5, '^11')))
except Exception as ex:
    print("format(5, '^11')", type(ex).__name__, ex)
try:
    print("format(5, '=+12')", repr(format(5, '=+12')))
except Exception as ex:
    print("format(5, '=+12')", type(ex).__name__, ex)
try:
    print("format(5, '010')", repr(format(5, '010')))
except Exception as ex:
    print("format(5, '010')", type(ex).__name__, ex)
try:
    print("format(5, '012,')", repr(format(5, '012,')))
except Exception as ex:
    print("format(5, '012,')", type(ex).__name__, ex)
try:
    print("format(5, '0=14_')", repr(format(5, '0=14_')))
except Exception as ex:
    print("format(5, '0=14_')", type(ex).__name__, ex)
try:
    print("format(5, 'e')", repr(format(5, 'e')))
except Exception as ex:
    print("format(5, 'e')", type(ex).__name__, ex)
try:
    print("format(5, '.2e')", repr(format(5, '.2e')))
except Exception as ex:
    print("format(5, '.2e')", type(ex).__name__, ex)
try:
    print("format(5, 'E')", repr(format(5, 'E')))
except Exception as ex:
    print("format(5, 'E')", type(ex).__name__, ex)
try:
    print("format(5, 'f')", repr(format(5, 'f')))
except Exception as ex:
    print("format(5, 'f')", type(ex).__name__, ex)
try:
    print("format(5, '.0f')", repr(format(5, '.0f')))
except Exception as ex:
    print("format(5, '.0f')", type(ex).__name__, ex)
try:
    print("format(5, '.3f')", repr(format(5, '.3f')))
except Exception as ex:
    print("format(5, '.3f')", type(ex).__name__, ex)
try:
    print("format(5, '#.0f')", repr(format(5, '#.0f')))
except Exception as ex:
    print("format(5, '#.0f')", type(ex).__name__, ex)
try:
    print("format(5, 'g')", repr(format(5, 'g')))
except Exception as ex:
    print("format(5, 'g')", type(ex).__name__, ex)
try:
    print("format(5, '.3g')", repr(format(5, '.3g')))
except Exception as ex:
    print("format(5, '.3g')", type(ex).__name__, ex)
try:
    print("format(5, '#g')", repr(format(5, '#g')))
except Exception as ex:
    print("format(5, '#g')", type(ex).__name__, ex)
try:
    print("format(5, 'G')", repr(format(5, 'G')))
except Exception as ex:
    print("format(5, 'G')", type(ex).__name__, ex)
try:
    print("format(5, '.10g')", repr(format(5, '.10g')))
except Exception as ex:
    print("format(5, '.10g')", type(ex).__name__, ex)
try:
    print("format(5, '%')", repr(format(5, '%')))
except Exception as ex:
    print("format(5, '%')", type(ex).__name__, ex)
try:
    print("format(5, '.1%')", repr(format(5, '.1%')))
except Exception as ex:
    print("format(5, '.1%')", type(ex).__name__, ex)
try:
    print("format(5, 'n')", repr(format(5, 'n')))
except Exception as ex:
    print("format(5, 'n')", type(ex).__name__, ex)
try:
    print("format(5, 'c')", repr(format(5, 'c')))
except Exception as ex:
    print("format(5, 'c')", type(ex).__name__, ex)
try:
    print("format(5, '.3')", repr(format(5, '.3')))
except Exception as ex:
    print("format(5, '.3')", type(ex).__name__, ex)
try:
    print("format(5, '#')", repr(format(5, '#')))
except Exception as ex:
    print("format(5, '#')", type(ex).__name__, ex)
try:
    print("format(5, 'z.2f')", repr(format(5, 'z.2f')))
except Exception as ex:
    print("format(5, 'z.2f')", type(ex).__name__, ex)
try:
    print("format(5, '+.4')", repr(format(5, '+.4')))
except Exception as ex:
    print("format(5, '+.4')", type(ex).__name__, ex)
try:
    print("format(5, '*^15,.2f')", repr(format(5, '*^15,.2f')))
except Exception as ex:
    print("format(5, '*^15,.2f')", type(ex).__name__, ex)
try:
    print("format(5, '-^9')", repr(format(5, '-^9')))
except Exception as ex:
    print("format(5, '-^9')", type(ex).__name__, ex)
try:
    print("format(5, ' 8.1e')", repr(format(5, ' 8.1e')))
except Exception as ex:
    print("format(5, ' 8.1e')", type(ex).__name__, ex)
try:
    print("format(-5, '')", repr(format(-5, '')))
except Exception as ex:
    print("format(-5, '')", type(ex).__name__, ex)
try:
    print("format(-5, 'd')", repr(format(-5, 'd')))
except Exception as ex:
    print("format(-5, 'd')", type(ex).__name__, ex)
try:
    print("format(-5, 'x')", repr(format(-5, 'x')))
except Exception as ex:
    print("format(-5, 'x')", type(ex).__name__, ex)
try:
    print("format(-5, 'X')", repr(format(-5, 'X')))
except Exception as ex:
    print("format(-5, 'X')", type(ex).__name__, ex)
try:
    print("format(-5, 'o')", repr(format(-5, 'o')))
except Exception as ex:
    print("format(-5, 'o')", type(ex).__name__, ex)
try:
    print("format(-5, 'b')", repr(format(-5, 'b')))
except Exception as ex:
    print("format(-5, 'b')", type(ex).__name__, ex)
try:
    print("format(-5, '#x')", repr(format(-5, '#x')))
except Exception as ex:
    print("format(-5, '#x')", type(ex).__name__, ex)
try:
    print("format(-5, '#b')", repr(format(-5, '#b')))
except Exception as ex:
    print("format(-5, '#b')", type(ex).__name__, ex)
try:
    print("format(-5, ',')", repr(format(-5, ',')))
except Exception as ex:
    print("format(-5, ',')", type(ex).__name__, ex)
try:
    print("format(-5, '_')", repr(format(-5, '_')))
except Exception as ex:
    print("format(-5, '_')", type(ex).__name__, ex)
try:
    print("format(-5, '+')", repr(format(-5, '+')))
except Exception as ex:
    print("format(-5, '+')", type(ex).__name__, ex)
try:
    print("format(-5, ' ')", repr(format(-5, ' ')))
except Exception as ex:
    print("format(-5, ' ')", type(ex).__name__, ex)
try:
    print("format(-5, '>10')", repr(format(-5, '>10')))
except Exception as ex:
    print("format(-5, '>10')", type(ex).__name__, ex)
try:
    print("format(-5, '<10')", repr(format(-5, '<10')))
except Exception as ex:
    print("format(-5, '<10')", type(ex).__name__, ex)
try:
    print("format(-5, '^11')", repr(format(-5, '^11')))
except Exception as ex:
    print("format(-5, '^11')", type(ex).__name__, ex)
try:
    print("format(-5, '=+12')", repr(format(-5, '=+12')))
except Exception as ex:
    print("format(-5, '=+12')", type(ex).__name__, ex)
try:
    print("format(-5, '010')", repr(format(-5, '010')))
except Exception as ex:
    print("format(-5, '010')", type(ex).__name__, ex)
try:
    print("format(-5, '012,')", repr(format(-5, '012,')))
except Exception as ex:
    print("format(-5, '012,')", type(ex).__name__, ex)
try:
    print("format(-5, '0=14_')", repr(format(-5, '0=14_')))
except Exception as ex:
    print("format(-5, '0=14_')", type(ex).__name__, ex)
try:
    print("format(-5, 'e')", repr(format(-5, 'e')))
except Exception as ex:
    print("format(-5, 'e')", type(ex).__name__, ex)
try:
    print("format(-5, '.2e')", repr(format(-5, '.2e')))
except Exception as ex:
    print("format(-5, '.2e')", type(ex).__name__, ex)
try:
    print("format(-5, 'E')", repr(format(-5, 'E')))
except Exception as ex:
    print("format(-5, 'E')", type(ex).__name__, ex)
try:
    print("format(-5, 'f')", repr(format(-5, 'f')))
except Exception as ex:
    print("format(-5, 'f')", type(ex).__name__, ex)
try:
    print("format(-5, '.0f')", repr(format(-5, '.0f')))
except Exception as ex:
    print("format(-5, '.0f')", type(ex).__name__, ex)
try:
    print("format(-5, '.3f')", repr(format(-5, '.3f')))
except Exception as ex:
    print("format(-5, '.3f')", type(ex).__name__, ex)
try:
    print("format(-5, '#.0f')", repr(format(-5, '#.0f')))
except Exception as ex:
    print("format(-5, '#.0f')", type(ex).__name__, ex)
try:
    print("format(-5, 'g')", repr(format(-5, 'g')))
except Exception as ex:
    print("format(-5, 'g')", type(ex).__name__, ex)
try:
    print("format(-5, '.3g')", repr(format(-5, '.3g')))
except Exception as ex:
    print("format(-5, '.3g')", type(ex).__name__, ex)
try:
    print("format(-5, '#g')", repr(format(-5, '#g')))
except Exception as ex:
    print("format(-5, '#g')", type(ex).__name__, ex)
try:
    print("format(-5, 'G')", repr(format(-5, 'G')))
except Exception as ex:
    print("format(-5, 'G')", type(ex).__name__, ex)
try:
    print("format(-5, '.10g')", repr(format(-5, '.10g')))
except Exception as ex:
    print("format(-5, '.10g')", type(ex).__name__, ex)
try:
    print("format(-5, '%')", repr(format(-5, '%')))
except Exception as ex:
    print("format(-5, '%')", type(ex).__name__, ex)
try:
    print("format(-5, '.1%')", repr(format(-5, '.1%')))
except Exception as ex:
    print("format(-5, '.1%')", type(ex).__name__, ex)
try:
    print("format(-5, 'n')", repr(format(-5, 'n')))
except Exception as ex:
    print("format(-5, 'n')", type(ex).__name__, ex)
try:
    print("format(-5, 'c')", repr(format(-5, 'c')))
except Exception as ex:
    print("format(-5, 'c')", type(ex).__name__, ex)
try:
    print("format(-5, '.3')", repr(format(-5, '.3')))
except Exception as ex:
    print("format(-5, '.3')", type(ex).__name__, ex)
try:
    print("format(-5, '#')", repr(format(-5, '#')))
except Exception as ex:
    print("format(-5, '#')", type(ex).__name__, ex)
try:
    print("format(-5, 'z.2f')", repr(format(-5, 'z.2f')))
except Exception as ex:
    print("format(-5, 'z.2f')", type(ex).__name__, ex)
try:
    print("format(-5, '+.4')", repr(format(-5, '+.4')))
except Exception as ex:
    print("format(-5, '+.4')", type(ex).__name__, ex)
try:
    print("format(-5, '*^15,.2f')", repr(format(-5, '*^15,.2f')))
except Exception as ex:
    print("format(-5, '*^15,.2f')", type(ex).__name__, ex)
try:
    print("format(-5, '-^9')", repr(format(-5, '-^9')))
except Exception as ex:
    print("format(-5, '-^9')", type(ex).__name__, ex)
try:
    print("format(-5, ' 8.1e')", repr(format(-5, ' 8.1e')))
except Exception as ex:
    print("format(-5, ' 8.1e')", type(ex).__name__, ex)
try:
    print("format(255, '')", repr(format(255, '')))
except Exception as ex:
    print("format(255, '')", type(ex).__name__, ex)
try:
    print("format(255, 'd')", repr(format(255, 'd')))
except Exception as ex:
    print("format(255, 'd')", type(ex).__name__, ex)
try:
    print("format(255, 'x')", repr(format(255, 'x')))
except Exception as ex:
    print("format(255, 'x')", type(ex).__name__, ex)
try:
    print("format(255, 'X')", repr(format(255, 'X')))
except Exception as ex:
    print("format(255, 'X')", type(ex).__name__, ex)
try:
    print("format(255, 'o')", repr(format(255, 'o')))
except Exception as ex:
    print("format(255, 'o')", type(ex).__name__, ex)
try:
    print("format(255, 'b')", repr(format(255, 'b')))
except Exception as ex:
    print("format(255, 'b')", type(ex).__name__, ex)
try:
    print("format(255, '#x')", repr(format(255, '#x')))
except Exception as ex:
    print("format(255, '#x')", type(ex).__name__, ex)
try:
    print("format(255, '#b')", repr(format(255, '#b')))
except Exception as ex:
    print("format(255, '#b')", type(ex).__name__, ex)
try:
    print("format(255, ',')", repr(format(255, ',')))
except Exception as ex:
    print("format(255, ',')", type(ex).__name__, ex)
try:
    print("format(255, '_')", repr(format(255, '_')))
except Exception as ex:
    print("format(255, '_')", type(ex).__name__, ex)
try:
    print("format(255, '+')", repr(format(255, '+')))
except Exception as ex:
    print("format(255, '+')", type(ex).__name__, ex)
try:
    print("format(255, ' ')", repr(format(255, ' ')))
except Exception as ex:
    print("format(255, ' ')", type(ex).__name__, ex)
try:
    print("format(255, '>10')", repr(format(255, '>10')))
except Exception as ex:
    print("format(255, '>10')", type(ex).__name__, ex)
try:
    print("format(255, '<10')", repr(format(255, '<10')))
except Exception as ex:
    print("format(255, '<10')", type(ex).__name__, ex)
try:
    print("format(255, '^11')", repr(format(255, '^11')))
except Exception as ex:
    print("format(255, '^11')", type(ex).__name__, ex)
try:
    print("format(255, '=+12')", repr(format(255, '=+12')))
except Exception as ex:
    print("format(255, '=+12')", type(ex).__name__, ex)
try:
    print("format(255, '010')", repr(format(255, '010')))
except Exception as ex:
    print("format(255, '010')", type(ex).__name__, ex)
try:
    print("format(255, '012,')", repr(format(255, '012,')))
except Exception as ex:
    print("format(255, '012,')", type(ex).__name__, ex)
try:
    print("format(255, '0=14_')", repr(format(255, '0=14_')))
except Exception as ex:
    print("format(255, '0=14_')", type(ex).__name__, ex)
try:
    print("format(255, 'e')", repr(format(255, 'e')))
except Exception as ex:
    print("format(255, 'e')", type(ex).__name__, ex)
try:
    print("format(255, '.2e')", repr(format(255, '.2e')))
except Exception as ex:
    print("format(255, '.2e')", type(ex).__name__, ex)
try:
    print("format(255, 'E')", repr(format(255, 'E')))
except Exception as ex:
    print("format(255, 'E')", type(ex).__name__, ex)
try:
    print("format(255, 'f')", repr(format(255, 'f')))
except Exception as ex:
    print("format(255, 'f')", type(ex).__name__, ex)
try:
    print("format(255, '.0f')", repr(format(255, '.0f')))
except Exception as ex:
    print("format(255, '.0f')", type(ex).__name__, ex)
try:
    print("format(255, '.3f')", repr(format(255, '.3f')))
except Exception as ex:
    print("format(255, '.3f')", type(ex).__name__, ex)
try:
    print("format(255, '#.0f')", repr(format(255, '#.0f')))
except Exception as ex:
    print("format(255, '#.0f')", type(ex).__name__, ex)
try:
    print("format(255, 'g')", repr(format(255, 'g')))
except Exception as ex:
    print("format(255, 'g')", type(ex).__name__, ex)
try:
    print("format(255, '.3g')", repr(format(255, '.3g')))
except Exception as ex:
    print("format(255, '.3g')", type(ex).__name__, ex)
try:
    print("format(255, '#g')", repr(format(255, '#g')))
except Exception as ex:
    print("format(255, '#g')", type(ex).__name__, ex)
try:
    print("format(255, 'G')", repr(format(255, 'G')))
except Exception as ex:
    print("format(255, 'G')", type(ex).__name__, ex)
try:
    print("format(255, '.10g')", repr(format(255, '.10g')))
except Exception as ex:
    print("format(255, '.10g')", type(ex).__name__, ex)
try:
    print("format(255, '%')", repr(format(255, '%')))
except Exception as ex:
    print("format(255, '%')", type(ex).__name__, ex)
try:
    print("format(255, '.1%')", repr(format(255, '.1%')))
except Exception as ex:
    print("format(255, '.1%')", type(ex).__name__, ex)
try:
    print("format(255, 'n')", repr(format(255, 'n')))
except Exception as ex:
    print("format(255, 'n')", type(ex).__name__, ex)
try:
    print("format(255, 'c')", repr(format(255, 'c')))
except Exception as ex:
    print("format(255, 'c')", type(ex).__name__, ex)
try:
    print("format(255, '.3')", repr(format(255, '.3')))
except Exception as ex:
    print("format(255, '.3')", type(ex).__name__, ex)
try:
    print("format(255, '#')", repr(format(255, '#')))
except Exception as ex:
    print("format(255, '#')", type(ex).__name__, ex)
try:
    print("format(255, 'z.2f')", repr(format(255, 'z.2f')))
except Exception as ex:
    print("format(255, 'z.2f')", type(ex).__name__, ex)
try:
    print("format(255, '+.4')", repr(format(255, '+.4')))
except Exception as ex:
    print("format(255, '+.4')", type(ex).__name__, ex)
try:
    print("format(255, '*^15,.2f')", repr(format(255, '*^15,.2f')))
except Exception as ex:
    print("format(255, '*^15,.2f')", type(ex).__name__, ex)
try:
    print("format(255, '-^9')", repr(format(255, '-^9')))
except Exception as ex:
    print("format(255, '-^9')", type(ex).__name__, ex)
try:
    print("format(255, ' 8.1e')", repr(format(255, ' 8.1e')))
except Exception as ex:
    print("format(255, ' 8.1e')", type(ex).__name__, ex)
try:
    print("format(-256, '')", repr(format(-256, '')))
except Exception as ex:
    print("format(-256, '')", type(ex).__name__, ex)
try:
    print("format(-256, 'd')", repr(format(-256, 'd')))
except Exception as ex:
    print("format(-256, 'd')", type(ex).__name__, ex)
try:
    print("format(-256, 'x')", repr(format(-256, 'x')))
except Exception as ex:
    print("format(-256, 'x')", type(ex).__name__, ex)
try:
    print("format(-256, 'X')", repr(format(-256, 'X')))
except Exception as ex:
    print("format(-256, 'X')", type(ex).__name__, ex)
try:
    print("format(-256, 'o')", repr(format(-256, 'o')))
except Exception as ex:
    print("format(-256, 'o')", type(ex).__name__, ex)
try:
    print("format(-256, 'b')", repr(format(-256, 'b')))
except Exception as ex:
    print("format(-256, 'b')", type(ex).__name__, ex)
try:
    print("format(-256, '#x')", repr(format(-256, '#x')))
except Exception as ex:
    print("format(-256, '#x')", type(ex).__name__, ex)
try:
    print("format(-256, '#b')", repr(format(-256, '#b')))
except Exception as ex:
    print("format(-256, '#b')", type(ex).__name__, ex)
try:
    print("format(-256, ',')", repr(format(-256, ',')))
except Exception as ex:
    print("format(-256, ',')", type(ex).__name__, ex)
try:
    print("format(-256, '_')", repr(format(-256, '_')))
except Exception as ex:
    print("format(-256, '_')", type(ex).__name__, ex)
try:
    print("format(-256, '+')", repr(format(-256, '+')))
except Exception as ex:
    print("format(-256, '+')", type(ex).__name__, ex)
try:
    print("format(-256, ' ')", repr(format(-256, ' ')))
except Exception as ex:
    print("format(-256, ' ')", type(ex).__name__, ex)
try:
    print("format(-256, '>10')", repr(format(-256, '>10')))
except Exception as ex:
    print("format(-256, '>10')", type(ex).__name__, ex)
try:
    print("format(-256, '<10')", repr(format(-256, '<10')))
except Exception as ex:
    print("format(-256, '<10')", type(ex).__name__, ex)
try:
    print("format(-256, '^11')", repr(format(-256, '^11')))
except Exception as ex:
    print("format(-256, '^11')", type(ex).__name__, ex)
try:
    print("format(-256, '=+12')", repr(format(-256, '=+12')))
except Exception as ex:
    print("format(-256, '=+12')", type(ex).__name__, ex)
try:
    print("format(-256, '010')", repr(format(-256, '010')))
except Exception as ex:
    print("format(-256, '010')", type(ex).__name__, ex)
try:
    print("format(-256, '012,')", repr(format(-256, '012,')))
except Exception as ex:
    print("format(-256, '012,')", type(ex).__name__, ex)
try:
    print("format(-256, '0=14_')", repr(format(-256, '0=14_')))
except Exception as ex:
    print("format(-256, '0=14_')", type(ex).__name__, ex)
try:
    print("format(-256, 'e')", repr(format(-256, 'e')))
except Exception as ex:
    print("format(-256, 'e')", type(ex).__name__, ex)
try:
    print("format(-256, '.2e')", repr(format(-256, '.2e')))
except Exception as ex:
    print("format(-256, '.2e')", type(ex).__name__, ex)
try:
    print("format(-256, 'E')", repr(format(-256, 'E')))
except Exception as ex:
    print("format(-256, 'E')", type(ex).__name__, ex)
try:
    print("format(-256, 'f')", repr(format(-256, 'f')))
except Exception as ex:
    print("format(-256, 'f')", type(ex).__name__, ex)
try:
    print("format(-256, '.0f')", repr(format(-256, '.0f')))
except Exception as ex:
    print("format(-256, '.0f')", type(ex).__name__, ex)
try:
    print("format(-256, '.3f')", repr(format(-256, '.3f')))
except Exception as ex:
    print("format(-256, '.3f')", type(ex).__name__, ex)
try:
    print("format(-256, '#.0f')", repr(format(-256, '#.0f')))
except Exception as ex:
    print("format(-256, '#.0f')", type(ex).__name__, ex)
try:
    print("format(-256, 'g')", repr(format(-256, 'g')))
except Exception as ex:
    print("format(-256, 'g')", type(ex).__name__, ex)
try:
    print("format(-256, '.3g')", repr(format(-256, '.3g')))
except Exception as ex:
    print("format(-256, '.3g')", type(ex).__name__, ex)
try:
    print("format(-256, '#g')", repr(format(-256, '#g')))
except Exception as ex:
    print("format(-256, '#g')", type(ex).__name__, ex)
try:
    print("format(-256, 'G')", repr(format(-256, 'G')))
except Exception as ex:
    print("format(-256, 'G')", type(ex).__name__, ex)
try:
    print("format(-256, '.10g')", repr(format(-256, '.10g')))
except Exception as ex:
    print("format(-256, '.10g')", type(ex).__name__, ex)
try:
    print("format(-256, '%')", repr(format(-256, '%')))
except Exception as ex:
    print("format(-256, '%')", type(ex).__name__, ex)
try:
    print("format(-256, '.1%')", repr(format(-256, '.1%')))
except Exception as ex:
    print("format(-256, '.1%')", type(ex).__name__, ex)
try:
    print("format(-256, 'n')", repr(format(-256, 'n')))
except Exception as ex:
    print("format(-256, 'n')", type(ex).__name__, ex)
try:
    print("format(-256, 'c')", repr(format(-256, 'c')))
except Exception as ex:
    print("format(-256, 'c')", type(ex).__name__, ex)
try:
    print("format(-256, '.3')", repr(format(-256, '.3')))
except Exception as ex:
    print("format(-256, '.3')", type(ex).__name__, ex)
try:
    print("format(-256, '#')", repr(format(-256, '#')))
except Exception as ex:
    print("format(-256, '#')", type(ex).__name__, ex)
try:
    print("format(-256, 'z.2f')", repr(format(-256, 'z.2f')))
except Exception as ex:
    print("format(-256, 'z.2f')", type(ex).__name__, ex)
try:
    print("format(-256, '+.4')", repr(format(-256, '+.4')))
except Exception as ex:
    print("format(-256, '+.4')", type(ex).__name__, ex)
try:
    print("format(-256, '*^15,.2f')", repr(format(-256, '*^15,.2f')))
except Exception as ex:
    print("format(-256, '*^15,.2f')", type(ex).__name__, ex)
try:
    print("format(-256, '-^9')", repr(format(-256, '-^9')))
except Exception as ex:
    print("format(-256, '-^9')", type(ex).__name__, ex)
try:
    print("format(-256, ' 8.1e')", repr(format(-256, ' 8.1e')))
except Exception as ex:
    print("format(-256, ' 8.1e')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '')", repr(format(2**48-1, '')))
except Exception as ex:
    print("format(2**48-1, '')", type(ex).__name__, ex)
try:
    print("format(2**48-1, 'd')", repr(format(2**48-1, 'd')))
except Exception as ex:
    print("format(2**48-1, 'd')", type(ex).__name__, ex)
try:
    print("format(2**48-1, 'x')", repr(format(2**48-1, 'x')))
except Exception as ex:
    print("format(2**48-1, 'x')", type(ex).__name__, ex)
try:
    print("format(2**48-1, 'X')", repr(format(2**48-1, 'X')))
except Exception as ex:
    print("format(2**48-1, 'X')", type(ex).__name__, ex)
try:
    print("format(2**48-1, 'o')", repr(format(2**48-1, 'o')))
except Exception as ex:
    print("format(2**48-1, 'o')", type(ex).__name__, ex)
try:
    print("format(2**48-1, 'b')", repr(format(2**48-1, 'b')))
except Exception as ex:
    print("format(2**48-1, 'b')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '#x')", repr(format(2**48-1, '#x')))
except Exception as ex:
    print("format(2**48-1, '#x')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '#b')", repr(format(2**48-1, '#b')))
except Exception as ex:
    print("format(2**48-1, '#b')", type(ex).__name__, ex)
try:
    print("format(2**48-1, ',')", repr(format(2**48-1, ',')))
except Exception as ex:
    print("format(2**48-1, ',')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '_')", repr(format(2**48-1, '_')))
except Exception as ex:
    print("format(2**48-1, '_')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '+')", repr(format(2**48-1, '+')))
except Exception as ex:
    print("format(2**48-1, '+')", type(ex).__name__, ex)
try:
    print("format(2**48-1, ' ')", repr(format(2**48-1, ' ')))
except Exception as ex:
    print("format(2**48-1, ' ')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '>10')", repr(format(2**48-1, '>10')))
except Exception as ex:
    print("format(2**48-1, '>10')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '<10')", repr(format(2**48-1, '<10')))
except Exception as ex:
    print("format(2**48-1, '<10')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '^11')", repr(format(2**48-1, '^11')))
except Exception as ex:
    print("format(2**48-1, '^11')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '=+12')", repr(format(2**48-1, '=+12')))
except Exception as ex:
    print("format(2**48-1, '=+12')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '010')", repr(format(2**48-1, '010')))
except Exception as ex:
    print("format(2**48-1, '010')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '012,')", repr(format(2**48-1, '012,')))
except Exception as ex:
    print("format(2**48-1, '012,')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '0=14_')", repr(format(2**48-1, '0=14_')))
except Exception as ex:
    print("format(2**48-1, '0=14_')", type(ex).__name__, ex)
try:
    print("format(2**48-1, 'e')", repr(format(2**48-1, 'e')))
except Exception as ex:
    print("format(2**48-1, 'e')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '.2e')", repr(format(2**48-1, '.2e')))
except Exception as ex:
    print("format(2**48-1, '.2e')", type(ex).__name__, ex)
try:
    print("format(2**48-1, 'E')", repr(format(2**48-1, 'E')))
except Exception as ex:
    print("format(2**48-1, 'E')", type(ex).__name__, ex)
try:
    print("format(2**48-1, 'f')", repr(format(2**48-1, 'f')))
except Exception as ex:
    print("format(2**48-1, 'f')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '.0f')", repr(format(2**48-1, '.0f')))
except Exception as ex:
    print("format(2**48-1, '.0f')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '.3f')", repr(format(2**48-1, '.3f')))
except Exception as ex:
    print("format(2**48-1, '.3f')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '#.0f')", repr(format(2**48-1, '#.0f')))
except Exception as ex:
    print("format(2**48-1, '#.0f')", type(ex).__name__, ex)
try:
    print("format(2**48-1, 'g')", repr(format(2**48-1, 'g')))
except Exception as ex:
    print("format(2**48-1, 'g')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '.3g')", repr(format(2**48-1, '.3g')))
except Exception as ex:
    print("format(2**48-1, '.3g')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '#g')", repr(format(2**48-1, '#g')))
except Exception as ex:
    print("format(2**48-1, '#g')", type(ex).__name__, ex)
try:
    print("format(2**48-1, 'G')", repr(format(2**48-1, 'G')))
except Exception as ex:
    print("format(2**48-1, 'G')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '.10g')", repr(format(2**48-1, '.10g')))
except Exception as ex:
    print("format(2**48-1, '.10g')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '%')", repr(format(2**48-1, '%')))
except Exception as ex:
    print("format(2**48-1, '%')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '.1%')", repr(format(2**48-1, '.1%')))
except Exception as ex:
    print("format(2**48-1, '.1%')", type(ex).__name__, ex)
try:
    print("format(2**48-1, 'n')", repr(format(2**48-1, 'n')))
except Exception as ex:
    print("format(2**48-1, 'n')", type(ex).__name__, ex)
try:
    print("format(2**48-1, 'c')", repr(format(2**48-1, 'c')))
except Exception as ex:
    print("format(2**48-1, 'c')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '.3')", repr(format(2**48-1, '.3')))
except Exception as ex:
    print("format(2**48-1, '.3')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '#')", repr(format(2**48-1, '#')))
except Exception as ex:
    print("format(2**48-1, '#')", type(ex).__name__, ex)
try:
    print("format(2**48-1, 'z.2f')", repr(format(2**48-1, 'z.2f')))
except Exception as ex:
    print("format(2**48-1, 'z.2f')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '+.4')", repr(format(2**48-1, '+.4')))
except Exception as ex:
    print("format(2**48-1, '+.4')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '*^15,.2f')", repr(format(2**48-1, '*^15,.2f')))
except Exception as ex:
    print("format(2**48-1, '*^15,.2f')", type(ex).__name__, ex)
try:
    print("format(2**48-1, '-^9')", repr(format(2**48-1, '-^9')))
except Exception as ex:
    print("format(2**48-1, '-^9')", type(ex).__name__, ex)
try:
    print("format(2**48-1, ' 8.1e')", repr(format(2**48-1, ' 8.1e')))
except Exception as ex:
    print("format(2**48-1, ' 8.1e')", type(ex).__name__, ex)
try:
    print("format(2**48, '')", repr(format(2**48, '')))
except Exception as ex:
    print("format(2**48, '')", type(ex).__name__, ex)
try:
    print("format(2**48, 'd')", repr(format(2**48, 'd')))
except Exception as ex:
    print("format(2**48, 'd')", type(ex).__name__, ex)
try:
    print("format(2**48, 'x')", repr(format(2**48, 'x')))
except Exception as ex:
    print("format(2**48, 'x')", type(ex).__name__, ex)
try:
    print("format(2**48, 'X')", repr(format(2**48, 'X')))
except Exception as ex:
    print("format(2**48, 'X')", type(ex).__name__, ex)
try:
    print("format(2**48, 'o')", repr(format(2**48, 'o')))
except Exception as ex:
    print("format(2**48, 'o')", type(ex).__name__, ex)
try:
    print("format(2**48, 'b')", repr(format(2**48, 'b')))
except Exception as ex:
    print("format(2**48, 'b')", type(ex).__name__, ex)
try:
    print("format(2**48, '#x')", repr(format(2**48, '#x')))
except Exception as ex:
    print("format(2**48, '#x')", type(ex).__name__, ex)
try:
    print("format(2**48, '#b')", repr(format(2**48, '#b')))
except Exception as ex:
    print("format(2**48, '#b')", type(ex).__name__, ex)
try:
    print("format(2**48, ',')", repr(format(2**48, ',')))
except Exception as ex:
    print("format(2**48, ',')", type(ex).__name__, ex)
try:
    print("format(2**48, '_')", repr(format(2**48, '_')))
except Exception as ex:
    print("format(2**48, '_')", type(ex).__name__, ex)
try:
    print("format(2**48, '+')", repr(format(2**48, '+')))
except Exception as ex:
    print("format(2**48, '+')", type(ex).__name__, ex)
try:
    print("format(2**48, ' ')", repr(format(2**48, ' ')))
except Exception as ex:
    print("format(2**48, ' ')", type(ex).__name__, ex)
try:
    print("format(2**48, '>10')", repr(format(2**48, '>10')))
except Exception as ex:
    print("format(2**48, '>10')", type(ex).__name__, ex)
try:
    print("format(2**48, '<10')", repr(format(2**48, '<10')))
except Exception as ex:
    print("format(2**48, '<10')", type(ex).__name__, ex)
try:
    print("format(2**48, '^11')", repr(format(2**48, '^11')))
except Exception as ex:
    print("format(2**48, '^11')", type(ex).__name__, ex)
try:
    print("format(2**48, '=+12')", repr(format(2**48, '=+12')))
except Exception as ex:
    print("format(2**48, '=+12')", type(ex).__name__, ex)
try:
    print("format(2**48, '010')", repr(format(2**48, '010')))
except Exception as ex:
    print("format(2**48, '010')", type(ex).__name__, ex)
try:
    print("format(2**48, '012,')", repr(format(2**48, '012,')))
except Exception as ex:
    print("format(2**48, '012,')", type(ex).__name__, ex)
try:
    print("format(2**48, '0=14_')", repr(format(2**48, '0=14_')))
except Exception as ex:
    print("format(2**48, '0=14_')", type(ex).__name__, ex)
try:
    print("format(2**48, 'e')", repr(format(2**48, 'e')))
except Exception as ex:
    print("format(2**48, 'e')", type(ex).__name__, ex)
try:
    print("format(2**48, '.2e')", repr(format(2**48, '.2e')))
except Exception as ex:
    print("format(2**48, '.2e')", type(ex).__name__, ex)
try:
    print("format(2**48, 'E')", repr(format(2**48, 'E')))
except Exception as ex:
    print("format(2**48, 'E')", type(ex).__name__, ex)
try:
    print("format(2**48, 'f')", repr(format(2**48, 'f')))
except Exception as ex:
    print("format(2**48, 'f')", type(ex).__name__, ex)
try:
    print("format(2**48, '.0f')", repr(format(2**48, '.0f')))
except Exception as ex:
    print("format(2**48, '.0f')", type(ex).__name__, ex)
try:
    print("format(2**48, '.3f')", repr(format(2**48, '.3f')))
except Exception as ex:
    print("format(2**48, '.3f')", type(ex).__name__, ex)
try:
    print("format(2**48, '#.0f')", repr(format(2**48, '#.0f')))
except Exception as ex:
    print("format(2**48, '#.0f')", type(ex).__name__, ex)
try:
    print("format(2**48, 'g')", repr(format(2**48, 'g')))
except Exception as ex:
    print("format(2**48, 'g')", type(ex).__name__, ex)
try:
    print("format(2**48, '.3g')", repr(format(2**48, '.3g')))
except Exception as ex:
    print("format(2**48, '.3g')", type(ex).__name__, ex)
try:
    print("format(2**48, '#g')", repr(format(2**48, '#g')))
except Exception as ex:
    print("format(2**48, '#g')", type(ex).__name__, ex)
try:
    print("format(2**48, 'G')", repr(format(2**48, 'G')))
except Exception as ex:
    print("format(2**48, 'G')", type(ex).__name__, ex)
try:
    print("format(2**48, '.10g')", repr(format(2**48, '.10g')))
except Exception as ex:
    print("format(2**48, '.10g')", type(ex).__name__, ex)
try:
    print("format(2**48, '%')", repr(format(2**48, '%')))
except Exception as ex:
    print("format(2**48, '%')", type(ex).__name__, ex)
try:
    print("format(2**48, '.1%')", repr(format(2**48, '.1%')))
except Exception as ex:
    print("format(2**48, '.1%')", type(ex).__name__, ex)
try:
    print("format(2**48, 'n')", repr(format(2**48, 'n')))
except Exception as ex:
    print("format(2**48, 'n')", type(ex).__name__, ex)
try:
    print("format(2**48, 'c')", repr(format(2**48, 'c')))
except Exception as ex:
    print("format(2**48, 'c')", type(ex).__name__, ex)
try:
    print("format(2**48, '.3')", repr(format(2**48, '.3')))
except Exception as ex:
    print("format(2**48, '.3')", type(ex).__name__, ex)
try:
    print("format(2**48, '#')", repr(format(2**48, '#')))
except Exception as ex:
    print("format(2**48, '#')", type(ex).__name__, ex)
try:
    print("format(2**48, 'z.2f')", repr(format(2**48, 'z.2f')))
except Exception as ex:
    print("format(2**48, 'z.2f')", type(ex).__name__, ex)
try:
    print("format(2**48, '+.4')", repr(format(2**48, '+.4')))
except Exception as ex:
    print("format(2**48, '+.4')", type(ex).__name__, ex)
try:
    print("format(2**48, '*^15,.2f')", repr(format(2**48, '*^15,.2f')))
except Exception as ex:
    print("format(2**48, '*^15,.2f')", type(ex).__name__, ex)
try:
    print("format(2**48, '-^9')", repr(format(2**48, '-^9')))
except Exception as ex:
    print("format(2**48, '-^9')", type(ex).__name__, ex)
try:
    print("format(2**48, ' 8.1e')", repr(format(2**48, ' 8.1e')))
except Exception as ex:
    print("format(2**48, ' 8.1e')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '')", repr(format(-2**48-1, '')))
except Exception as ex:
    print("format(-2**48-1, '')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, 'd')", repr(format(-2**48-1, 'd')))
except Exception as ex:
    print("format(-2**48-1, 'd')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, 'x')", repr(format(-2**48-1, 'x')))
except Exception as ex:
    print("format(-2**48-1, 'x')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, 'X')", repr(format(-2**48-1, 'X')))
except Exception as ex:
    print("format(-2**48-1, 'X')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, 'o')", repr(format(-2**48-1, 'o')))
except Exception as ex:
    print("format(-2**48-1, 'o')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, 'b')", repr(format(-2**48-1, 'b')))
except Exception as ex:
    print("format(-2**48-1, 'b')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '#x')", repr(format(-2**48-1, '#x')))
except Exception as ex:
    print("format(-2**48-1, '#x')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '#b')", repr(format(-2**48-1, '#b')))
except Exception as ex:
    print("format(-2**48-1, '#b')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, ',')", repr(format(-2**48-1, ',')))
except Exception as ex:
    print("format(-2**48-1, ',')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '_')", repr(format(-2**48-1, '_')))
except Exception as ex:
    print("format(-2**48-1, '_')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '+')", repr(format(-2**48-1, '+')))
except Exception as ex:
    print("format(-2**48-1, '+')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, ' ')", repr(format(-2**48-1, ' ')))
except Exception as ex:
    print("format(-2**48-1, ' ')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '>10')", repr(format(-2**48-1, '>10')))
except Exception as ex:
    print("format(-2**48-1, '>10')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '<10')", repr(format(-2**48-1, '<10')))
except Exception as ex:
    print("format(-2**48-1, '<10')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '^11')", repr(format(-2**48-1, '^11')))
except Exception as ex:
    print("format(-2**48-1, '^11')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '=+12')", repr(format(-2**48-1, '=+12')))
except Exception as ex:
    print("format(-2**48-1, '=+12')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '010')", repr(format(-2**48-1, '010')))
except Exception as ex:
    print("format(-2**48-1, '010')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '012,')", repr(format(-2**48-1, '012,')))
except Exception as ex:
    print("format(-2**48-1, '012,')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '0=14_')", repr(format(-2**48-1, '0=14_')))
except Exception as ex:
    print("format(-2**48-1, '0=14_')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, 'e')", repr(format(-2**48-1, 'e')))
except Exception as ex:
    print("format(-2**48-1, 'e')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '.2e')", repr(format(-2**48-1, '.2e')))
except Exception as ex:
    print("format(-2**48-1, '.2e')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, 'E')", repr(format(-2**48-1, 'E')))
except Exception as ex:
    print("format(-2**48-1, 'E')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, 'f')", repr(format(-2**48-1, 'f')))
except Exception as ex:
    print("format(-2**48-1, 'f')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '.0f')", repr(format(-2**48-1, '.0f')))
except Exception as ex:
    print("format(-2**48-1, '.0f')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '.3f')", repr(format(-2**48-1, '.3f')))
except Exception as ex:
    print("format(-2**48-1, '.3f')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '#.0f')", repr(format(-2**48-1, '#.0f')))
except Exception as ex:
    print("format(-2**48-1, '#.0f')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, 'g')", repr(format(-2**48-1, 'g')))
except Exception as ex:
    print("format(-2**48-1, 'g')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '.3g')", repr(format(-2**48-1, '.3g')))
except Exception as ex:
    print("format(-2**48-1, '.3g')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '#g')", repr(format(-2**48-1, '#g')))
except Exception as ex:
    print("format(-2**48-1, '#g')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, 'G')", repr(format(-2**48-1, 'G')))
except Exception as ex:
    print("format(-2**48-1, 'G')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '.10g')", repr(format(-2**48-1, '.10g')))
except Exception as ex:
    print("format(-2**48-1, '.10g')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '%')", repr(format(-2**48-1, '%')))
except Exception as ex:
    print("format(-2**48-1, '%')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '.1%')", repr(format(-2**48-1, '.1%')))
except Exception as ex:
    print("format(-2**48-1, '.1%')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, 'n')", repr(format(-2**48-1, 'n')))
except Exception as ex:
    print("format(-2**48-1, 'n')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, 'c')", repr(format(-2**48-1, 'c')))
except Exception as ex:
    print("format(-2**48-1, 'c')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '.3')", repr(format(-2**48-1, '.3')))
except Exception as ex:
    print("format(-2**48-1, '.3')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '#')", repr(format(-2**48-1, '#')))
except Exception as ex:
    print("format(-2**48-1, '#')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, 'z.2f')", repr(format(-2**48-1, 'z.2f')))
except Exception as ex:
    print("format(-2**48-1, 'z.2f')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '+.4')", repr(format(-2**48-1, '+.4')))
except Exception as ex:
    print("format(-2**48-1, '+.4')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '*^15,.2f')", repr(format(-2**48-1, '*^15,.2f')))
except Exception as ex:
    print("format(-2**48-1, '*^15,.2f')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, '-^9')", repr(format(-2**48-1, '-^9')))
except Exception as ex:
    print("format(-2**48-1, '-^9')", type(ex).__name__, ex)
try:
    print("format(-2**48-1, ' 8.1e')", repr(format(-2**48-1, ' 8.1e')))
except Exception as ex:
    print("format(-2**48-1, ' 8.1e')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '')", repr(format(2**70+3, '')))
except Exception as ex:
    print("format(2**70+3, '')", type(ex).__name__, ex)
try:
    print("format(2**70+3, 'd')", repr(format(2**70+3, 'd')))
except Exception as ex:
    print("format(2**70+3, 'd')", type(ex).__name__, ex)
try:
    print("format(2**70+3, 'x')", repr(format(2**70+3, 'x')))
except Exception as ex:
    print("format(2**70+3, 'x')", type(ex).__name__, ex)
try:
    print("format(2**70+3, 'X')", repr(format(2**70+3, 'X')))
except Exception as ex:
    print("format(2**70+3, 'X')", type(ex).__name__, ex)
try:
    print("format(2**70+3, 'o')", repr(format(2**70+3, 'o')))
except Exception as ex:
    print("format(2**70+3, 'o')", type(ex).__name__, ex)
try:
    print("format(2**70+3, 'b')", repr(format(2**70+3, 'b')))
except Exception as ex:
    print("format(2**70+3, 'b')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '#x')", repr(format(2**70+3, '#x')))
except Exception as ex:
    print("format(2**70+3, '#x')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '#b')", repr(format(2**70+3, '#b')))
except Exception as ex:
    print("format(2**70+3, '#b')", type(ex).__name__, ex)
try:
    print("format(2**70+3, ',')", repr(format(2**70+3, ',')))
except Exception as ex:
    print("format(2**70+3, ',')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '_')", repr(format(2**70+3, '_')))
except Exception as ex:
    print("format(2**70+3, '_')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '+')", repr(format(2**70+3, '+')))
except Exception as ex:
    print("format(2**70+3, '+')", type(ex).__name__, ex)
try:
    print("format(2**70+3, ' ')", repr(format(2**70+3, ' ')))
except Exception as ex:
    print("format(2**70+3, ' ')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '>10')", repr(format(2**70+3, '>10')))
except Exception as ex:
    print("format(2**70+3, '>10')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '<10')", repr(format(2**70+3, '<10')))
except Exception as ex:
    print("format(2**70+3, '<10')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '^11')", repr(format(2**70+3, '^11')))
except Exception as ex:
    print("format(2**70+3, '^11')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '=+12')", repr(format(2**70+3, '=+12')))
except Exception as ex:
    print("format(2**70+3, '=+12')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '010')", repr(format(2**70+3, '010')))
except Exception as ex:
    print("format(2**70+3, '010')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '012,')", repr(format(2**70+3, '012,')))
except Exception as ex:
    print("format(2**70+3, '012,')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '0=14_')", repr(format(2**70+3, '0=14_')))
except Exception as ex:
    print("format(2**70+3, '0=14_')", type(ex).__name__, ex)
try:
    print("format(2**70+3, 'e')", repr(format(2**70+3, 'e')))
except Exception as ex:
    print("format(2**70+3, 'e')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '.2e')", repr(format(2**70+3, '.2e')))
except Exception as ex:
    print("format(2**70+3, '.2e')", type(ex).__name__, ex)
try:
    print("format(2**70+3, 'E')", repr(format(2**70+3, 'E')))
except Exception as ex:
    print("format(2**70+3, 'E')", type(ex).__name__, ex)
try:
    print("format(2**70+3, 'f')", repr(format(2**70+3, 'f')))
except Exception as ex:
    print("format(2**70+3, 'f')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '.0f')", repr(format(2**70+3, '.0f')))
except Exception as ex:
    print("format(2**70+3, '.0f')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '.3f')", repr(format(2**70+3, '.3f')))
except Exception as ex:
    print("format(2**70+3, '.3f')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '#.0f')", repr(format(2**70+3, '#.0f')))
except Exception as ex:
    print("format(2**70+3, '#.0f')", type(ex).__name__, ex)
try:
    print("format(2**70+3, 'g')", repr(format(2**70+3, 'g')))
except Exception as ex:
    print("format(2**70+3, 'g')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '.3g')", repr(format(2**70+3, '.3g')))
except Exception as ex:
    print("format(2**70+3, '.3g')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '#g')", repr(format(2**70+3, '#g')))
except Exception as ex:
    print("format(2**70+3, '#g')", type(ex).__name__, ex)
try:
    print("format(2**70+3, 'G')", repr(format(2**70+3, 'G')))
except Exception as ex:
    print("format(2**70+3, 'G')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '.10g')", repr(format(2**70+3, '.10g')))
except Exception as ex:
    print("format(2**70+3, '.10g')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '%')", repr(format(2**70+3, '%')))
except Exception as ex:
    print("format(2**70+3, '%')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '.1%')", repr(format(2**70+3, '.1%')))
except Exception as ex:
    print("format(2**70+3, '.1%')", type(ex).__name__, ex)
try:
    print("format(2**70+3, 'n')", repr(format(2**70+3, 'n')))
except Exception as ex:
    print("format(2**70+3, 'n')", type(ex).__name__, ex)
try:
    print("format(2**70+3, 'c')", repr(format(2**70+3, 'c')))
except Exception as ex:
    print("format(2**70+3, 'c')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '.3')", repr(format(2**70+3, '.3')))
except Exception as ex:
    print("format(2**70+3, '.3')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '#')", repr(format(2**70+3, '#')))
except Exception as ex:
    print("format(2**70+3, '#')", type(ex).__name__, ex)
try:
    print("format(2**70+3, 'z.2f')", repr(format(2**70+3, 'z.2f')))
except Exception as ex:
    print("format(2**70+3, 'z.2f')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '+.4')", repr(format(2**70+3, '+.4')))
except Exception as ex:
    print("format(2**70+3, '+.4')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '*^15,.2f')", repr(format(2**70+3, '*^15,.2f')))
except Exception as ex:
    print("format(2**70+3, '*^15,.2f')", type(ex).__name__, ex)
try:
    print("format(2**70+3, '-^9')", repr(format(2**70+3, '-^9')))
except Exception as ex:
    print("format(2**70+3, '-^9')", type(ex).__name__, ex)
try:
    print("format(2**70+3, ' 8.1e')", repr(format(2**70+3, ' 8.1e')))
except Exception as ex:
    print("format(2**70+3, ' 8.1e')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '')", repr(format(-(10**30), '')))
except Exception as ex:
    print("format(-(10**30), '')", type(ex).__name__, ex)
try:
    print("format(-(10**30), 'd')", repr(format(-(10**30), 'd')))
except Exception as ex:
    print("format(-(10**30), 'd')", type(ex).__name__, ex)
try:
    print("format(-(10**30), 'x')", repr(format(-(10**30), 'x')))
except Exception as ex:
    print("format(-(10**30), 'x')", type(ex).__name__, ex)
try:
    print("format(-(10**30), 'X')", repr(format(-(10**30), 'X')))
except Exception as ex:
    print("format(-(10**30), 'X')", type(ex).__name__, ex)
try:
    print("format(-(10**30), 'o')", repr(format(-(10**30), 'o')))
except Exception as ex:
    print("format(-(10**30), 'o')", type(ex).__name__, ex)
try:
    print("format(-(10**30), 'b')", repr(format(-(10**30), 'b')))
except Exception as ex:
    print("format(-(10**30), 'b')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '#x')", repr(format(-(10**30), '#x')))
except Exception as ex:
    print("format(-(10**30), '#x')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '#b')", repr(format(-(10**30), '#b')))
except Exception as ex:
    print("format(-(10**30), '#b')", type(ex).__name__, ex)
try:
    print("format(-(10**30), ',')", repr(format(-(10**30), ',')))
except Exception as ex:
    print("format(-(10**30), ',')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '_')", repr(format(-(10**30), '_')))
except Exception as ex:
    print("format(-(10**30), '_')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '+')", repr(format(-(10**30), '+')))
except Exception as ex:
    print("format(-(10**30), '+')", type(ex).__name__, ex)
try:
    print("format(-(10**30), ' ')", repr(format(-(10**30), ' ')))
except Exception as ex:
    print("format(-(10**30), ' ')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '>10')", repr(format(-(10**30), '>10')))
except Exception as ex:
    print("format(-(10**30), '>10')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '<10')", repr(format(-(10**30), '<10')))
except Exception as ex:
    print("format(-(10**30), '<10')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '^11')", repr(format(-(10**30), '^11')))
except Exception as ex:
    print("format(-(10**30), '^11')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '=+12')", repr(format(-(10**30), '=+12')))
except Exception as ex:
    print("format(-(10**30), '=+12')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '010')", repr(format(-(10**30), '010')))
except Exception as ex:
    print("format(-(10**30), '010')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '012,')", repr(format(-(10**30), '012,')))
except Exception as ex:
    print("format(-(10**30), '012,')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '0=14_')", repr(format(-(10**30), '0=14_')))
except Exception as ex:
    print("format(-(10**30), '0=14_')", type(ex).__name__, ex)
try:
    print("format(-(10**30), 'e')", repr(format(-(10**30), 'e')))
except Exception as ex:
    print("format(-(10**30), 'e')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '.2e')", repr(format(-(10**30), '.2e')))
except Exception as ex:
    print("format(-(10**30), '.2e')", type(ex).__name__, ex)
try:
    print("format(-(10**30), 'E')", repr(format(-(10**30), 'E')))
except Exception as ex:
    print("format(-(10**30), 'E')", type(ex).__name__, ex)
try:
    print("format(-(10**30), 'f')", repr(format(-(10**30), 'f')))
except Exception as ex:
    print("format(-(10**30), 'f')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '.0f')", repr(format(-(10**30), '.0f')))
except Exception as ex:
    print("format(-(10**30), '.0f')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '.3f')", repr(format(-(10**30), '.3f')))
except Exception as ex:
    print("format(-(10**30), '.3f')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '#.0f')", repr(format(-(10**30), '#.0f')))
except Exception as ex:
    print("format(-(10**30), '#.0f')", type(ex).__name__, ex)
try:
    print("format(-(10**30), 'g')", repr(format(-(10**30), 'g')))
except Exception as ex:
    print("format(-(10**30), 'g')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '.3g')", repr(format(-(10**30), '.3g')))
except Exception as ex:
    print("format(-(10**30), '.3g')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '#g')", repr(format(-(10**30), '#g')))
except Exception as ex:
    print("format(-(10**30), '#g')", type(ex).__name__, ex)
try:
    print("format(-(10**30), 'G')", repr(format(-(10**30), 'G')))
except Exception as ex:
    print("format(-(10**30), 'G')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '.10g')", repr(format(-(10**30), '.10g')))
except Exception as ex:
    print("format(-(10**30), '.10g')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '%')", repr(format(-(10**30), '%')))
except Exception as ex:
    print("format(-(10**30), '%')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '.1%')", repr(format(-(10**30), '.1%')))
except Exception as ex:
    print("format(-(10**30), '.1%')", type(ex).__name__, ex)
try:
    print("format(-(10**30), 'n')", repr(format(-(10**30), 'n')))
except Exception as ex:
    print("format(-(10**30), 'n')", type(ex).__name__, ex)
try:
    print("format(-(10**30), 'c')", repr(format(-(10**30), 'c')))
except Exception as ex:
    print("format(-(10**30), 'c')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '.3')", repr(format(-(10**30), '.3')))
except Exception as ex:
    print("format(-(10**30), '.3')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '#')", repr(format(-(10**30), '#')))
except Exception as ex:
    print("format(-(10**30), '#')", type(ex).__name__, ex)
try:
    print("format(-(10**30), 'z.2f')", repr(format(-(10**30), 'z.2f')))
except Exception as ex:
    print("format(-(10**30), 'z.2f')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '+.4')", repr(format(-(10**30), '+.4')))
except Exception as ex:
    print("format(-(10**30), '+.4')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '*^15,.2f')", repr(format(-(10**30), '*^15,.2f')))
except Exception as ex:
    print("format(-(10**30), '*^15,.2f')", type(ex).__name__, ex)
try:
    print("format(-(10**30), '-^9')", repr(format(-(10**30), '-^9')))
except Exception as ex:
    print("format(-(10**30), '-^9')", type(ex).__name__, ex)
try:
    print("format(-(10**30), ' 8.1e')", repr(format(-(10**30), ' 8.1e')))
except Exception as ex:
    print("format(-(10**30), ' 8.1e')", type(ex).__name__, ex)
try:
    print("format(True, '')", repr(format(True, '')))
except Exception as ex:
    print("format(True, '')", type(ex).__name__, ex)
try:
    print("format(True, 'd')", repr(format(True, 'd')))
except Exception as ex:
    print("format(True, 'd')", type(ex).__name__, ex)
try:
    print("format(True, 'x')", repr(format(True, 'x')))
except Exception as ex:
    print("format(True, 'x')", type(ex).__name__, ex)
try:
    print("format(True, 'X')", repr(format(True, 'X')))
except Exception as ex:
    print("format(True, 'X')", type(ex).__name__, ex)
try:
    print("format(True, 'o')", repr(format(True, 'o')))
except Exception as ex:
    print("format(True, 'o')", type(ex).__name__, ex)
try:
    print("format(True, 'b')", repr(format(True, 'b')))
except Exception as ex:
    print("format(True, 'b')", type(ex).__name__, ex)
try:
    print("format(True, '#x')", repr(format(True, '#x')))
except Exception as ex:
    print("format(True, '#x')", type(ex).__name__, ex)
try:
    print("format(True, '#b')", repr(format(True, '#b')))
except Exception as ex:
    print("format(True, '#b')", type(ex).__name__, ex)
try:
    print("format(True, ',')", repr(format(True, ',')))
except Exception as ex:
    print("format(True, ',')", type(ex).__name__, ex)
try:
    print("format(True, '_')", repr(format(True, '_')))
except Exception as ex:
    print("format(True, '_')", type(ex).__name__, ex)
try:
    print("format(True, '+')", repr(format(True, '+')))
except Exception as ex:
    print("format(True, '+')", type(ex).__name__, ex)
try:
    print("format(True, ' ')", repr(format(True, ' ')))
except Exception as ex:
    print("format(True, ' ')", type(ex).__name__, ex)
try:
    print("format(True, '>10')", repr(format(True, '>10')))
except Exception as ex:
    print("format(True, '>10')", type(ex).__name__, ex)
try:
    print("format(True, '<10')", repr(format(True, '<10')))
except Exception as ex:
    print("format(True, '<10')", type(ex).__name__, ex)
try:
    print("format(True, '^11')", repr(format(True, '^11')))
except Exception as ex:
    print("format(True, '^11')", type(ex).__name__, ex)
try:
    print("format(True, '=+12')", repr(format(True, '=+12')))
except Exception as ex:
    print("format(True, '=+12')", type(ex).__name__, ex)
try:
    print("format(True, '010')", repr(format(True, '010')))
except Exception as ex:
    print("format(True, '010')", type(ex).__name__, ex)
try:
    print("format(True, '012,')", repr(format(True, '012,')))
except Exception as ex:
    print("format(True, '012,')", type(ex).__name__, ex)
try:
    print("format(True, '0=14_')", repr(format(True, '0=14_')))
except Exception as ex:
    print("format(True, '0=14_')", type(ex).__name__, ex)
try:
    print("format(True, 'e')", repr(format(True, 'e')))
except Exception as ex:
    print("format(True, 'e')", type(ex).__name__, ex)
try:
    print("format(True, '.2e')", repr(format(True, '.2e')))
except Exception as ex:
    print("format(True, '.2e')", type(ex).__name__, ex)
try:
    print("format(True, 'E')", repr(format(True, 'E')))
except Exception as ex:
    print("format(True, 'E')", type(ex).__name__, ex)
try:
    print("format(True, 'f')", repr(format(True, 'f')))
except Exception as ex:
    print("format(True, 'f')", type(ex).__name__, ex)
try:
    print("format(True, '.0f')", repr(format(True, '.0f')))
except Exception as ex:
    print("format(True, '.0f')", type(ex).__name__, ex)
try:
    print("format(True, '.3f')", repr(format(True, '.3f')))
except Exception as ex:
    print("format(True, '.3f')", type(ex).__name__, ex)
try:
    print("format(True, '#.0f')", repr(format(True, '#.0f')))
except Exception as ex:
    print("format(True, '#.0f')", type(ex).__name__, ex)
try:
    print("format(True, 'g')", repr(format(True, 'g')))
except Exception as ex:
    print("format(True, 'g')", type(ex).__name__, ex)
try:
    print("format(True, '.3g')", repr(format(True, '.3g')))
except Exception as ex:
    print("format(True, '.3g')", type(ex).__name__, ex)
try:
    print("format(True, '#g')", repr(format(True, '#g')))
except Exception as ex:
    print("format(True, '#g')", type(ex).__name__, ex)
try:
    print("format(True, 'G')", repr(format(True, 'G')))
except Exception as ex:
    print("format(True, 'G')", type(ex).__name__, ex)
try:
    print("format(True, '.10g')", repr(format(True, '.10g')))
except Exception as ex:
    print("format(True, '.10g')", type(ex).__name__, ex)
try:
    print("format(True, '%')", repr(format(True, '%')))
except Exception as ex:
    print("format(True, '%')", type(ex).__name__, ex)
try:
    print("format(True, '.1%')", repr(format(True, '.1%')))
except Exception as ex:
    print("format(True, '.1%')", type(ex).__name__, ex)
try:
    print("format(True, 'n')", repr(format(True, 'n')))
except Exception as ex:
    print("format(True, 'n')", type(ex).__name__, ex)
try:
    print("format(True, 'c')", repr(format(True, 'c')))
except Exception as ex:
    print("format(True, 'c')", type(ex).__name__, ex)
try:
    print("format(True, '.3')", repr(format(True, '.3')))
except Exception as ex:
    print("format(True, '.3')", type(ex).__name__, ex)
try:
    print("format(True, '#')", repr(format(True, '#')))
except Exception as ex:
    print("format(True, '#')", type(ex).__name__, ex)
try:
    print("format(True, 'z.2f')", repr(format(True, 'z.2f')))
except Exception as ex:
    print("format(True, 'z.2f')", type(ex).__name__, ex)
try:
    print("format(True, '+.4')", repr(format(True, '+.4')))
except Exception as ex:
    print("format(True, '+.4')", type(ex).__name__, ex)
try:
    print("format(True, '*^15,.2f')", repr(format(True, '*^15,.2f')))
except Exception as ex:
    print("format(True, '*^15,.2f')", type(ex).__name__, ex)
try:
    print("format(True, '-^9')", repr(format(True, '-^9')))
except Exception as ex:
    print("format(True, '-^9')", type(ex).__name__, ex)
try:
    print("format(True, ' 8.1e')", repr(format(True, ' 8.1e')))
except Exception as ex:
    print("format(True, ' 8.1e')", type(ex).__name__, ex)
try:
    print("format(1.5, '')", repr(format(1.5, '')))
except Exception as ex:
    print("format(1.5, '')", type(ex).__name__, ex)
try:
    print("format(1.5, 'd')", repr(format(1.5, 'd')))
except Exception as ex:
    print("format(1.5, 'd')", type(ex).__name__, ex)
try:
    print("format(1.5, 'x')", repr(format(1.5, 'x')))
except Exception as ex:
    print("format(1.5, 'x')", type(ex).__name__, ex)
try:
    print("format(1.5, 'X')", repr(format(1.5, 'X')))
except Exception as ex:
    print("format(1.5, 'X')", type(ex).__name__, ex)
try:
    print("format(1.5, 'o')", repr(format(1.5, 'o')))
except Exception as ex:
    print("format(1.5, 'o')", type(ex).__name__, ex)
try:
    print("format(1.5, 'b')", repr(format(1.5, 'b')))
except Exception as ex:
    print("format(1.5, 'b')", type(ex).__name__, ex)
try:
    print("format(1.5, '#x')", repr(format(1.5, '#x')))
except Exception as ex:
    print("format(1.5, '#x')", type(ex).__name__, ex)
try:
    print("format(1.5, '#b')", repr(format(1.5, '#b')))
except Exception as ex:
    print("format(1.5, '#b')", type(ex).__name__, ex)
try:
    print("format(1.5, ',')", repr(format(1.5, ',')))
except Exception as ex:
    print("format(1.5, ',')", type(ex).__name__, ex)
try:
    print("format(1.5, '_')", repr(format(1.5, '_')))
except Exception as ex:
    print("format(1.5, '_')", type(ex).__name__, ex)
try:
    print("format(1.5, '+')", repr(format(1.5, '+')))
except Exception as ex:
    print("format(1.5, '+')", type(ex).__name__, ex)
try:
    print("format(1.5, ' ')", repr(format(1.5, ' ')))
except Exception as ex:
    print("format(1.5, ' ')", type(ex).__name__, ex)
try:
    print("format(1.5, '>10')", repr(format(1.5, '>10')))
except Exception as ex:
    print("format(1.5, '>10')", type(ex).__name__, ex)
try:
    print("format(1.5, '<10')", repr(format(1.5, '<10')))
except Exception as ex:
    print("format(1.5, '<10')", type(ex).__name__, ex)
try:
    print("format(1.5, '^11')", repr(format(1.5, '^11')))
except Exception as ex:
    print("format(1.5, '^11')", type(ex).__name__, ex)
try:
    print("format(1.5, '=+12')", repr(format(1.5, '=+12')))
except Exception as ex:
    print("format(1.5, '=+12')", type(ex).__name__, ex)
try:
    print("format(1.5, '010')", repr(format(1.5, '010')))
except Exception as ex:
    print("format(1.5, '010')", type(ex).__name__, ex)
try:
    print("format(1.5, '012,')", repr(format(1.5, '012,')))
except Exception as ex:
    print("format(1.5, '012,')", type(ex).__name__, ex)
try:
    print("format(1.5, '0=14_')", repr(format(1.5, '0=14_')))
except Exception as ex:
    print("format(1.5, '0=14_')", type(ex).__name__, ex)
try:
    print("format(1.5, 'e')", repr(format(1.5, 'e')))
except Exception as ex:
    print("format(1.5, 'e')", type(ex).__name__, ex)
try:
    print("format(1.5, '.2e')", repr(format(1.5, '.2e')))
except Exception as ex:
    print("format(1.5, '.2e')", type(ex).__name__, ex)
try:
    print("format(1.5, 'E')", repr(format(1.5, 'E')))
except Exception as ex:
    print("format(1.5, 'E')", type(ex).__name__, ex)
try:
    print("format(1.5, 'f')", repr(format(1.5, 'f')))
except Exception as ex:
    print("format(1.5, 'f')", type(ex).__name__, ex)
try:
    print("format(1.5, '.0f')", repr(format(1.5, '.0f')))
except Exception as ex:
    print("format(1.5, '.0f')", type(ex).__name__, ex)
try:
    print("format(1.5, '.3f')", repr(format(1.5, '.3f')))
except Exception as ex:
    print("format(1.5, '.3f')", type(ex).__name__, ex)
try:
    print("format(1.5, '#.0f')", repr(format(1.5, '#.0f')))
except Exception as ex:
    print("format(1.5, '#.0f')", type(ex).__name__, ex)
try:
    print("format(1.5, 'g')", repr(format(1.5, 'g')))
except Exception as ex:
    print("format(1.5, 'g')", type(ex).__name__, ex)
try:
    print("format(1.5, '.3g')", repr(format(1.5, '.3g')))
except Exception as ex:
    print("format(1.5, '.3g')", type(ex).__name__, ex)
try:
    print("format(1.5, '#g')", repr(format(1.5, '#g')))
except Exception as ex:
    print("format(1.5, '#g')", type(ex).__name__, ex)
try:
    print("format(1.5, 'G')", repr(format(1.5, 'G')))
except Exception as ex:
    print("format(1.5, 'G')", type(ex).__name__, ex)
try:
    print("format(1.5, '.10g')", repr(format(1.5, '.10g')))
except Exception as ex:
    print("format(1.5, '.10g')", type(ex).__name__, ex)
try:
    print("format(1.5, '%')", repr(format(1.5, '%')))
except Exception as ex:
    print("format(1.5, '%')", type(ex).__name__, ex)
try:
    print("format(1.5, '.1%')", repr(format(1.5, '.1%')))
except Exception as ex:
    print("format(1.5, '.1%')", type(ex).__name__, ex)
try:
    print("format(1.5, 'n')", repr(format(1.5, 'n')))
except Exception as ex:
    print("format(1.5, 'n')", type(ex).__name__, ex)
try:
    print("format(1.5, 'c')", repr(format(1.5, 'c')))
except Exception as ex:
    print("format(1.5, 'c')", type(ex).__name__, ex)
try:
    print("format(1.5, '.3')", repr(format(1.5, '.3')))
except Exception as ex:
    print("format(1.5, '.3')", type(ex).__name__, ex)
try:
    print("format(1.5, '#')", repr(format(1.5, '#')))
except Exception as ex:
    print("format(1.5, '#')", type(ex).__name__, ex)
try:
    print("format(1.5, 'z.2f')", repr(format(1.5, 'z.2f')))
except Exception as ex:
    print("format(1.5, 'z.2f')", type(ex).__name__, ex)
try:
    print("format(1.5, '+.4')", repr(format(1.5, '+.4')))
except Exception as ex:
    print("format(1.5, '+.4')", type(ex).__name__, ex)
try:
    print("format(1.5, '*^15,.2f')", repr(format(1.5, '*^15,.2f')))
except Exception as ex:
    print("format(1.5, '*^15,.2f')", type(ex).__name__, ex)
try:
    print("format(1.5, '-^9')", repr(format(1.5, '-^9')))
except Exception as ex:
    print("format(1.5, '-^9')", type(ex).__name__, ex)
try:
    print("format(1.5, ' 8.1e')", repr(format(1.5, ' 8.1e')))
except Exception as ex:
    print("format(1.5, ' 8.1e')", type(ex).__name__, ex)
try:
    print("format(-0.0, '')", repr(format(-0.0, '')))
except Exception as ex:
    print("format(-0.0, '')", type(ex).__name__, ex)
try:
    print("format(-0.0, 'd')", repr(format(-0.0, 'd')))
except Exception as ex:
    print("format(-0.0, 'd')", type(ex).__name__, ex)
try:
    print("format(-0.0, 'x')", repr(format(-0.0, 'x')))
except Exception as ex:
    print("format(-0.0, 'x')", type(ex).__name__, ex)
try:
    print("format(-0.0, 'X')", repr(format(-0.0, 'X')))
except Exception as ex:
    print("format(-0.0, 'X')", type(ex).__name__, ex)
try:
    print("format(-0.0, 'o')", repr(format(-0.0, 'o')))
except Exception as ex:
    print("format(-0.0, 'o')", type(ex).__name__, ex)
try:
    print("format(-0.0, 'b')", repr(format(-0.0, 'b')))
except Exception as ex:
    print("format(-0.0, 'b')", type(ex).__name__, ex)
try:
    print("format(-0.0, '#x')", repr(format(-0.0, '#x')))
except Exception as ex:
    print("format(-0.0, '#x')", type(ex).__name__, ex)
try:
    print("format(-0.0, '#b')", repr(format(-0.0, '#b')))
except Exception as ex:
    print("format(-0.0, '#b')", type(ex).__name__, ex)
try:
    print("format(-0.0, ',')", repr(format(-0.0, ',')))
except Exception as ex:
    print("format(-0.0, ',')", type(ex).__name__, ex)
try:
    print("format(-0.0, '_')", repr(format(-0.0, '_')))
except Exception as ex:
    print("format(-0.0, '_')", type(ex).__name__, ex)
try:
    print("format(-0.0, '+')", repr(format(-0.0, '+')))
except Exception as ex:
    print("format(-0.0, '+')", type(ex).__name__, ex)
try:
    print("format(-0.0, ' ')", repr(format(-0.0, ' ')))
except Exception as ex:
    print("format(-0.0, ' ')", type(ex).__name__, ex)
try:
    print("format(-0.0, '>10')", repr(format(-0.0, '>10')))
except Exception as ex:
    print("format(-0.0, '>10')", type(ex).__name__, ex)
try:
    print("format(-0.0, '<10')", repr(format(-0.0, '<10')))
except Exception as ex:
    print("format(-0.0, '<10')", type(ex).__name__, ex)
try:
    print("format(-0.0, '^11')", repr(format(-0.0, '^11')))
except Exception as ex:
    print("format(-0.0, '^11')", type(ex).__name__, ex)
try:
    print("format(-0.0, '=+12')", repr(format(-0.0, '=+12')))
except Exception as ex:
    print("format(-0.0, '=+12')", type(ex).__name__, ex)
try:
    print("format(-0.0, '010')", repr(format(-0.0, '010')))
except Exception as ex:
    print("format(-0.0, '010')", type(ex).__name__, ex)
try:
    print("format(-0.0, '012,')", repr(format(-0.0, '012,')))
except Exception as ex:
    print("format(-0.0, '012,')", type(ex).__name__, ex)
try:
    print("format(-0.0, '0=14_')", repr(format(-0.0, '0=14_')))
except Exception as ex:
    print("format(-0.0, '0=14_')", type(ex).__name__, ex)
try:
    print("format(-0.0, 'e')", repr(format(-0.0, 'e')))
except Exception as ex:
    print("format(-0.0, 'e')", type(ex).__name__, ex)
try:
    print("format(-0.0, '.2e')", repr(format(-0.0, '.2e')))
except Exception as ex:
    print("format(-0.0, '.2e')", type(ex).__name__, ex)
try:
    print("format(-0.0, 'E')", repr(format(-0.0, 'E')))
except Exception as ex:
    print("format(-0.0, 'E')", type(ex).__name__, ex)
try:
    print("format(-0.0, 'f')", repr(format(-0.0, 'f')))
except Exception as ex:
    print("format(-0.0, 'f')", type(ex).__name__, ex)
try:
    print("format(-0.0, '.0f')", repr(format(-0.0, '.0f')))
except Exception as ex:
    print("format(-0.0, '.0f')", type(ex).__name__, ex)
try:
    print("format(-0.0, '.3f')", repr(format(-0.0, '.3f')))
except Exception as ex:
    print("format(-0.0, '.3f')", type(ex).__name__, ex)
try:
    print("format(-0.0, '#.0f')", repr(format(-0.0, '#.0f')))
except Exception as ex:
    print("format(-0.0, '#.0f')", type(ex).__name__, ex)
try:
    print("format(-0.0, 'g')", repr(format(-0.0, 'g')))
except Exception as ex:
    print("format(-0.0, 'g')", type(ex).__name__, ex)
try:
    print("format(-0.0, '.3g')", repr(format(-0.0, '.3g')))
except Exception as ex:
    print("format(-0.0, '.3g')", type(ex).__name__, ex)
try:
    print("format(-0.0, '#g')", repr(format(-0.0, '#g')))
except Exception as ex:
    print("format(-0.0, '#g')", type(ex).__name__, ex)
try:
    print("format(-0.0, 'G')", repr(format(-0.0, 'G')))
except Exception as ex:
    print("format(-0.0, 'G')", type(ex).__name__, ex)
try:
    print("format(-0.0, '.10g')", repr(format(-0.0, '.10g')))
except Exception as ex:
    print("format(-0.0, '.10g')", type(ex).__name__, ex)
try:
    print("format(-0.0, '%')", repr(format(-0.0, '%')))
except Exception as ex:
    print("format(-0.0, '%')", type(ex).__name__, ex)
try:
    print("format(-0.0, '.1%')", repr(format(-0.0, '.1%')))
except Exception as ex:
    print("format(-0.0, '.1%')", type(ex).__name__, ex)
try:
    print("format(-0.0, 'n')", repr(format(-0.0, 'n')))
except Exception as ex:
    print("format(-0.0, 'n')", type(ex).__name__, ex)
try:
    print("format(-0.0, 'c')", repr(format(-0.0, 'c')))
except Exception as ex:
    print("format(-0.0, 'c')", type(ex).__name__, ex)
try:
    print("format(-0.0, '.3')", repr(format(-0.0, '.3')))
except Exception as ex:
    print("format(-0.0, '.3')", type(ex).__name__, ex)
try:
    print("format(-0.0, '#')", repr(format(-0.0, '#')))
except Exception as ex:
    print("format(-0.0, '#')", type(ex).__name__, ex)
try:
    print("format(-0.0, 'z.2f')", repr(format(-0.0, 'z.2f')))
except Exception as ex:
    print("format(-0.0, 'z.2f')", type(ex).__name__, ex)
try:
    print("format(-0.0, '+.4')", repr(format(-0.0, '+.4')))
except Exception as ex:
    print("format(-0.0, '+.4')", type(ex).__name__, ex)
try:
    print("format(-0.0, '*^15,.2f')", repr(format(-0.0, '*^15,.2f')))
except Exception as ex:
    print("format(-0.0, '*^15,.2f')", type(ex).__name__, ex)
try:
    print("format(-0.0, '-^9')", repr(format(-0.0, '-^9')))
except Exception as ex:
    print("format(-0.0, '-^9')", type(ex).__name__, ex)
try:
    print("format(-0.0, ' 8.1e')", repr(format(-0.0, ' 8.1e')))
except Exception as ex:
    print("format(-0.0, ' 8.1e')", type(ex).__name__, ex)
try:
    print("format(2.675, '')", repr(format(2.675, '')))
except Exception as ex:
    print("format(2.675, '')", type(ex).__name__, ex)
try:
    print("format(2.675, 'd')", repr(format(2.675, 'd')))
except Exception as ex:
    print("format(2.675, 'd')", type(ex).__name__, ex)
try:
    print("format(2.675, 'x')", repr(format(2.675, 'x')))
except Exception as ex:
    print("format(2.675, 'x')", type(ex).__name__, ex)
try:
    print("format(2.675, 'X')", repr(format(2.675, 'X')))
except Exception as ex:
    print("format(2.675, 'X')", type(ex).__name__, ex)
try:
    print("format(2.675, 'o')", repr(format(2.675, 'o')))
except Exception as ex:
    print("format(2.675, 'o')", type(ex).__name__, ex)
try:
    print("format(2.675, 'b')", repr(format(2.675, 'b')))
except Exception as ex:
    print("format(2.675, 'b')", type(ex).__name__, ex)
try:
    print("format(2.675, '#x')", repr(format(2.675, '#x')))
except Exception as ex:
    print("format(2.675, '#x')", type(ex).__name__, ex)
try:
    print("format(2.675, '#b')", repr(format(2.675, '#b')))
except Exception as ex:
    print("format(2.675, '#b')", type(ex).__name__, ex)
try:
    print("format(2.675, ',')", repr(format(2.675, ',')))
except Exception as ex:
    print("format(2.675, ',')", type(ex).__name__, ex)
try:
    print("format(2.675, '_')", repr(format(2.675, '_')))
except Exception as ex:
    print("format(2.675, '_')", type(ex).__name__, ex)
try:
    print("format(2.675, '+')", repr(format(2.675, '+')))
except Exception as ex:
    print("format(2.675, '+')", type(ex).__name__, ex)
try:
    print("format(2.675, ' ')", repr(format(2.675, ' ')))
except Exception as ex:
    print("format(2.675, ' ')", type(ex).__name__, ex)
try:
    print("format(2.675, '>10')", repr(format(2.675, '>10')))
except Exception as ex:
    print("format(2.675, '>10')", type(ex).__name__, ex)
try:
    print("format(2.675, '<10')", repr(format(2.675, '<10')))
except Exception as ex:
    print("format(2.675, '<10')", type(ex).__name__, ex)
try:
    print("format(2.675, '^11')", repr(format(2.675, '^11')))
except Exception as ex:
    print("format(2.675, '^11')", type(ex).__name__, ex)
try:
    print("format(2.675, '=+12')", repr(format(2.675, '=+12')))
except Exception as ex:
    print("format(2.675, '=+12')", type(ex).__name__, ex)
try:
    print("format(2.675, '010')", repr(format(2.675, '010')))
except Exception as ex:
    print("format(2.675, '010')", type(ex).__name__, ex)
try:
    print("format(2.675, '012,')", repr(format(2.675, '012,')))
except Exception as ex:
    print("format(2.675, '012,')", type(ex).__name__, ex)
try:
    print("format(2.675, '0=14_')", repr(format(2.675, '0=14_')))
except Exception as ex:
    print("format(2.675, '0=14_')", type(ex).__name__, ex)
try:
    print("format(2.675, 'e')", repr(format(2.675, 'e')))
except Exception as ex:
    print("format(2.675, 'e')", type(ex).__name__, ex)
try:
    print("format(2.675, '.2e')", repr(format(2.675, '.2e')))
except Exception as ex:
    print("format(2.675, '.2e')", type(ex).__name__, ex)
try:
    print("format(2.675, 'E')", repr(format(2.675, 'E')))
except Exception as ex:
    print("format(2.675, 'E')", type(ex).__name__, ex)
try:
    print("format(2.675, 'f')", repr(format(2.675, 'f')))
except Exception as ex:
    print("format(2.675, 'f')", type(ex).__name__, ex)
try:
    print("format(2.675, '.0f')", repr(format(2.675, '.0f')))
except Exception as ex:
    print("format(2.675, '.0f')", type(ex).__name__, ex)
try:
    print("format(2.675, '.3f')", repr(format(2.675, '.3f')))
except Exception as ex:
    print("format(2.675, '.3f')", type(ex).__name__, ex)
try:
    print("format(2.675, '#.0f')", repr(format(2.675, '#.0f')))
except Exception as ex:
    print("format(2.675, '#.0f')", type(ex).__name__, ex)
try:
    print("format(2.675, 'g')", repr(format(2.675, 'g')))
except Exception as ex:
    print("format(2.675, 'g')", type(ex).__name__, ex)
try:
    print("format(2.675, '.3g')", repr(format(2.675, '.3g')))
except Exception as ex:
    print("format(2.675, '.3g')", type(ex).__name__, ex)
try:
    print("format(2.675, '#g')", repr(format(2.675, '#g')))
except Exception as ex:
    print("format(2.675, '#g')", type(ex).__name__, ex)
try:
    print("format(2.675, 'G')", repr(format(2.675, 'G')))
except Exception as ex:
    print("format(2.675, 'G')", type(ex).__name__, ex)
try:
    print("format(2.675, '.10g')", repr(format(2.675, '.10g')))
except Exception as ex:
    print("format(2.675, '.10g')", type(ex).__name__, ex)
try:
    print("format(2.675, '%')", repr(format(2.675, '%')))
except Exception as ex:
    print("format(2.675, '%')", type(ex).__name__, ex)
try:
    print("format(2.675, '.1%')", repr(format(2.675, '.1%')))
except Exception as ex:
    print("format(2.675, '.1%')", type(ex).__name__, ex)
try:
    print("format(2.675, 'n')", repr(format(2.675, 'n')))
except Exception as ex:
    print("format(2.675, 'n')", type(ex).__name__, ex)
try:
    print("format(2.675, 'c')", repr(format(2.675, 'c')))
except Exception as ex:
    print("format(2.675, 'c')", type(ex).__name__, ex)
try:
    print("format(2.675, '.3')", repr(format(2.675, '.3')))
except Exception as ex:
    print("format(2.675, '.3')", type(ex).__name__, ex)
try:
    print("format(2.675, '#')", repr(format(2.675, '#')))
except Exception as ex:
    print("format(2.675, '#')", type(ex).__name__, ex)
try:
    print("format(2.675, 'z.2f')", repr(format(2.675, 'z.2f')))
except Exception as ex:
    print("format(2.675, 'z.2f')", type(ex).__name__, ex)
try:
    print("format(2.675, '+.4')", repr(format(2.675, '+.4')))
except Exception as ex:
    print("format(2.675, '+.4')", type(ex).__name__, ex)
try:
    print("format(2.675, '*^15,.2f')", repr(format(2.675, '*^15,.2f')))
except Exception as ex:
    print("format(2.675, '*^15,.2f')", type(ex).__name__, ex)
try:
    print("format(2.675, '-^9')", repr(format(2.675, '-^9')))
except Exception as ex:
    print("format(2.675, '-^9')", type(ex).__name__, ex)
try:
    print("format(2.675, ' 8.1e')", repr(format(2.675, ' 8.1e')))
except Exception as ex:
    print("format(2.675, ' 8.1e')", type(ex).__name__, ex)
try:
    print("format(1e22, '')", repr(format(1e22, '')))
except Exception as ex:
    print("format(1e22, '')", type(ex).__name__, ex)
try:
    print("format(1e22, 'd')", repr(format(1e22, 'd')))
except Exception as ex:
    print("format(1e22, 'd')", type(ex).__name__, ex)
try:
    print("format(1e22, 'x')", repr(format(1e22, 'x')))
except Exception as ex:
    print("format(1e22, 'x')", type(ex).__name__, ex)
try:
    print("format(1e22, 'X')", repr(format(1e22, 'X')))
except Exception as ex:
    print("format(1e22, 'X')", type(ex).__name__, ex)
try:
    print("format(1e22, 'o')", repr(format(1e22, 'o')))
except Exception as ex:
    print("format(1e22, 'o')", type(ex).__name__, ex)
try:
    print("format(1e22, 'b')", repr(format(1e22, 'b')))
except Exception as ex:
    print("format(1e22, 'b')", type(ex).__name__, ex)
try:
    print("format(1e22, '#x')", repr(format(1e22, '#x')))
except Exception as ex:
    print("format(1e22, '#x')", type(ex).__name__, ex)
try:
    print("format(1e22, '#b')", repr(format(1e22, '#b')))
except Exception as ex:
    print("format(1e22, '#b')", type(ex).__name__, ex)
try:
    print("format(1e22, ',')", repr(format(1e22, ',')))
except Exception as ex:
    print("format(1e22, ',')", type(ex).__name__, ex)
try:
    print("format(1e22, '_')", repr(format(1e22, '_')))
except Exception as ex:
    print("format(1e22, '_')", type(ex).__name__, ex)
try:
    print("format(1e22, '+')", repr(format(1e22, '+')))
except Exception as ex:
    print("format(1e22, '+')", type(ex).__name__, ex)
try:
    print("format(1e22, ' ')", repr(format(1e22, ' ')))
except Exception as ex:
    print("format(1e22, ' ')", type(ex).__name__, ex)
try:
    print("format(1e22, '>10')", repr(format(1e22, '>10')))
except Exception as ex:
    print("format(1e22, '>10')", type(ex).__name__, ex)
try:
    print("format(1e22, '<10')", repr(format(1e22, '<10')))
except Exception as ex:
    print("format(1e22, '<10')", type(ex).__name__, ex)
try:
    print("format(1e22, '^11')", repr(format(1e22, '^11')))
except Exception as ex:
    print("format(1e22, '^11')", type(ex).__name__, ex)
try:
    print("format(1e22, '=+12')", repr(format(1e22, '=+12')))
except Exception as ex:
    print("format(1e22, '=+12')", type(ex).__name__, ex)
try:
    print("format(1e22, '010')", repr(format(1e22, '010')))
except Exception as ex:
    print("format(1e22, '010')", type(ex).__name__, ex)
try:
    print("format(1e22, '012,')", repr(format(1e22, '012,')))
except Exception as ex:
    print("format(1e22, '012,')", type(ex).__name__, ex)
try:
    print("format(1e22, '0=14_')", repr(format(1e22, '0=14_')))
except Exception as ex:
    print("format(1e22, '0=14_')", type(ex).__name__, ex)
try:
    print("format(1e22, 'e')", repr(format(1e22, 'e')))
except Exception as ex:
    print("format(1e22, 'e')", type(ex).__name__, ex)
try:
    print("format(1e22, '.2e')", repr(format(1e22, '.2e')))
except Exception as ex:
    print("format(1e22, '.2e')", type(ex).__name__, ex)
try:
    print("format(1e22, 'E')", repr(format(1e22, 'E')))
except Exception as ex:
    print("format(1e22, 'E')", type(ex).__name__, ex)
try:
    print("format(1e22, 'f')", repr(format(1e22, 'f')))
except Exception as ex:
    print("format(1e22, 'f')", type(ex).__name__, ex)
try:
    print("format(1e22, '.0f')", repr(format(1e22, '.0f')))
except Exception as ex:
    print("format(1e22, '.0f')", type(ex).__name__, ex)
try:
    print("format(1e22, '.3f')", repr(format(1e22, '.3f')))
except Exception as ex:
    print("format(1e22, '.3f')", type(ex).__name__, ex)
try:
    print("format(1e22, '#.0f')", repr(format(1e22, '#.0f')))
except Exception as ex:
    print("format(1e22, '#.0f')", type(ex).__name__, ex)
try:
    print("format(1e22, 'g')", repr(format(1e22, 'g')))
except Exception as ex:
    print("format(1e22, 'g')", type(ex).__name__, ex)
try:
    print("format(1e22, '.3g')", repr(format(1e22, '.3g')))
except Exception as ex:
    print("format(1e22, '.3g')", type(ex).__name__, ex)
try:
    print("format(1e22, '#g')", repr(format(1e22, '#g')))
except Exception as ex:
    print("format(1e22, '#g')", type(ex).__name__, ex)
try:
    print("format(1e22, 'G')", repr(format(1e22, 'G')))
except Exception as ex:
    print("format(1e22, 'G')", type(ex).__name__, ex)
try:
    print("format(1e22, '.10g')", repr(format(1e22, '.10g')))
except Exception as ex:
    print("format(1e22, '.10g')", type(ex).__name__, ex)
try:
    print("format(1e22, '%')", repr(format(1e22, '%')))
except Exception as ex:
    print("format(1e22, '%')", type(ex).__name__, ex)
try:
    print("format(1e22, '.1%')", repr(format(1e22, '.1%')))
except Exception as ex:
    print("format(1e22, '.1%')", type(ex).__name__, ex)
try:
    print("format(1e22, 'n')", repr(format(1e22, 'n')))
except Exception as ex:
    print("format(1e22, 'n')", type(ex).__name__, ex)
try:
    print("format(1e22, 'c')", repr(format(1e22, 'c')))
except Exception as ex:
    print("format(1e22, 'c')", type(ex).__name__, ex)
try:
    print("format(1e22, '.3')", repr(format(1e22, '.3')))
except Exception as ex:
    print("format(1e22, '.3')", type(ex).__name__, ex)
try:
    print("format(1e22, '#')", repr(format(1e22, '#')))
except Exception as ex:
    print("format(1e22, '#')", type(ex).__name__, ex)
try:
    print("format(1e22, 'z.2f')", repr(format(1e22, 'z.2f')))
except Exception as ex:
    print("format(1e22, 'z.2f')", type(ex).__name__, ex)
try:
    print("format(1e22, '+.4')", repr(format(1e22, '+.4')))
except Exception as ex:
    print("format(1e22, '+.4')", type(ex).__name__, ex)
try:
    print("format(1e22, '*^15,.2f')", repr(format(1e22, '*^15,.2f')))
except Exception as ex:
    print("format(1e22, '*^15,.2f')", type(ex).__name__, ex)
try:
    print("format(1e22, '-^9')", repr(format(1e22, '-^9')))
except Exception as ex:
    print("format(1e22, '-^9')", type(ex).__name__, ex)
try:
    print("format(1e22, ' 8.1e')", repr(format(1e22, ' 8.1e')))
except Exception as ex:
    print("format(1e22, ' 8.1e')", type(ex).__name__, ex)
try:
    print("format(5e-324, '')", repr(format(5e-324, '')))
except Exception as ex:
    print("format(5e-324, '')", type(ex).__name__, ex)
try:
    print("format(5e-324, 'd')", repr(format(5e-324, 'd')))
except Exception as ex:
    print("format(5e-324, 'd')", type(ex).__name__, ex)
try:
    print("format(5e-324, 'x')", repr(format(5e-324, 'x')))
except Exception as ex:
    print("format(5e-324, 'x')", type(ex).__name__, ex)
try:
    print("format(5e-324, 'X')", repr(format(5e-324, 'X')))
except Exception as ex:
    print("format(5e-324, 'X')", type(ex).__name__, ex)
try:
    print("format(5e-324, 'o')", repr(format(5e-324, 'o')))
except Exception as ex:
    print("format(5e-324, 'o')", type(ex).__name__, ex)
try:
    print("format(5e-324, 'b')", repr(format(5e-324, 'b')))
except Exception as ex:
    print("format(5e-324, 'b')", type(ex).__name__, ex)
try:
    print("format(5e-324, '#x')", repr(format(5e-324, '#x')))
except Exception as ex:
    print("format(5e-324, '#x')", type(ex).__name__, ex)
try:
    print("format(5e-324, '#b')", repr(format(5e-324, '#b')))
except Exception as ex:
    print("format(5e-324, '#b')", type(ex).__name__, ex)
try:
    print("format(5e-324, ',')", repr(format(5e-324, ',')))
except Exception as ex:
    print("format(5e-324, ',')", type(ex).__name__, ex)
try:
    print("format(5e-324, '_')", repr(format(5e-324, '_')))
except Exception as ex:
    print("format(5e-324, '_')", type(ex).__name__, ex)
try:
    print("format(5e-324, '+')", repr(format(5e-324, '+')))
except Exception as ex:
    print("format(5e-324, '+')", type(ex).__name__, ex)
try:
    print("format(5e-324, ' ')", repr(format(5e-324, ' ')))
except Exception as ex:
    print("format(5e-324, ' ')", type(ex).__name__, ex)
try:
    print("format(5e-324, '>10')", repr(format(5e-324, '>10')))
except Exception as ex:
    print("format(5e-324, '>10')", type(ex).__name__, ex)
try:
    print("format(5e-324, '<10')", repr(format(5e-324, '<10')))
except Exception as ex:
    print("format(5e-324, '<10')", type(ex).__name__, ex)
try:
    print("format(5e-324, '^11')", repr(format(5e-324, '^11')))
except Exception as ex:
    print("format(5e-324, '^11')", type(ex).__name__, ex)
try:
    print("format(5e-324, '=+12')", repr(format(5e-324, '=+12')))
except Exception as ex:
    print("format(5e-324, '=+12')", type(ex).__name__, ex)
try:
    print("format(5e-324, '010')", repr(format(5e-324, '010')))
except Exception as ex:
    print("format(5e-324, '010')", type(ex).__name__, ex)
try:
    print("format(5e-324, '012,')", repr(format(5e-324, '012,')))
except Exception as ex:
    print("format(5e-324, '012,')", type(ex).__name__, ex)
try:
    print("format(5e-324, '0=14_')", repr(format(5e-324, '0=14_')))
except Exception as ex:
    print("format(5e-324, '0=14_')", type(ex).__name__, ex)
try:
    print("format(5e-324, 'e')", repr(format(5e-324, 'e')))
except Exception as ex:
    print("format(5e-324, 'e')", type(ex).__name__, ex)
try:
    print("format(5e-324, '.2e')", repr(format(5e-324, '.2e')))
except Exception as ex:
    print("format(5e-324, '.2e')", type(ex).__name__, ex)
try:
    print("format(5e-324, 'E')", repr(format(5e-324, 'E')))
except Exception as ex:
    print("format(5e-324, 'E')", type(ex).__name__, ex)
try:
    print("format(5e-324, 'f')", repr(format(5e-324, 'f')))
except Exception as ex:
    print("format(5e-324, 'f')", type(ex).__name__, ex)
try:
    print("format(5e-324, '.0f')", repr(format(5e-324, '.0f')))
except Exception as ex:
    print("format(5e-324, '.0f')", type(ex).__name__, ex)
try:
    print("format(5e-324, '.3f')", repr(format(5e-324, '.3f')))
except Exception as ex:
    print("format(5e-324, '.3f')", type(ex).__name__, ex)
try:
    print("format(5e-324, '#.0f')", repr(format(5e-324, '#.0f')))
except Exception as ex:
    print("format(5e-324, '#.0f')", type(ex).__name__, ex)
try:
    print("format(5e-324, 'g')", repr(format(5e-324, 'g')))
except Exception as ex:
    print("format(5e-324, 'g')", type(ex).__name__, ex)
try:
    print("format(5e-324, '.3g')", repr(format(5e-324, '.3g')))
except Exception as ex:
    print("format(5e-324, '.3g')", type(ex).__name__, ex)
try:
    print("format(5e-324, '#g')", repr(format(5e-324, '#g')))
except Exception as ex:
    print("format(5e-324, '#g')", type(ex).__name__, ex)
try:
    print("format(5e-324, 'G')", repr(format(5e-324, 'G')))
except Exception as ex:
    print("format(5e-324, 'G')", type(ex).__name__, ex)
try:
    print("format(5e-324, '.10g')", repr(format(5e-324, '.10g')))
except Exception as ex:
    print("format(5e-324, '.10g')", type(ex).__name__, ex)
try:
    print("format(5e-324, '%')", repr(format(5e-324, '%')))
except Exception as ex:
    print("format(5e-324, '%')", type(ex).__name__, ex)
try:
    print("format(5e-324, '.1%')", repr(format(5e-324, '.1%')))
except Exception as ex:
    print("format(5e-324, '.1%')", type(ex).__name__, ex)
try:
    print("format(5e-324, 'n')", repr(format(5e-324, 'n')))
except Exception as ex:
    print("format(5e-324, 'n')", type(ex).__name__, ex)
try:
    print("format(5e-324, 'c')", repr(format(5e-324, 'c')))
except Exception as ex:
    print("format(5e-324, 'c')", type(ex).__name__, ex)
try:
    print("format(5e-324, '.3')", repr(format(5e-324, '.3')))
except Exception as ex:
    print("format(5e-324, '.3')", type(ex).__name__, ex)
try:
    print("format(5e-324, '#')", repr(format(5e-324, '#')))
except Exception as ex:
    print("format(5e-324, '#')", type(ex).__name__, ex)
try:
    print("format(5e-324, 'z.2f')", repr(format(5e-324, 'z.2f')))
except Exception as ex:
    print("format(5e-324, 'z.2f')", type(ex).__name__, ex)
try:
    print("format(5e-324, '+.4')", repr(format(5e-324, '+.4')))
except Exception as ex:
    print("format(5e-324, '+.4')", type(ex).__name__, ex)
try:
    print("format(5e-324, '*^15,.2f')", repr(format(5e-324, '*^15,.2f')))
except Exception as ex:
    print("format(5e-324, '*^15,.2f')", type(ex).__name__, ex)
try:
    print("format(5e-324, '-^9')", repr(format(5e-324, '-^9')))
except Exception as ex:
    print("format(5e-324, '-^9')", type(ex).__name__, ex)
try:
    print("format(5e-324, ' 8.1e')", repr(format(5e-324, ' 8.1e')))
except Exception as ex:
    print("format(5e-324, ' 8.1e')", type(ex).__name__, ex)
try:
    print("format(1/3, '')", repr(format(1/3, '')))
except Exception as ex:
    print("format(1/3, '')", type(ex).__name__, ex)
try:
    print("format(1/3, 'd')", repr(format(1/3, 'd')))
except Exception as ex:
    print("format(1/3, 'd')", type(ex).__name__, ex)
try:
    print("format(1/3, 'x')", repr(format(1/3, 'x')))
except Exception as ex:
    print("format(1/3, 'x')", type(ex).__name__, ex)
try:
    print("format(1/3, 'X')", repr(format(1/3, 'X')))
except Exception as ex:
    print("format(1/3, 'X')", type(ex).__name__, ex)
try:
    print("format(1/3, 'o')", repr(format(1/3, 'o')))
except Exception as ex:
    print("format(1/3, 'o')", type(ex).__name__, ex)
try:
    print("format(1/3, 'b')", repr(format(1/3, 'b')))
except Exception as ex:
    print("format(1/3, 'b')", type(ex).__name__, ex)
try:
    print("format(1/3, '#x')", repr(format(1/3, '#x')))
except Exception as ex:
    print("format(1/3, '#x')", type(ex).__name__, ex)
try:
    print("format(1/3, '#b')", repr(format(1/3, '#b')))
except Exception as ex:
    print("format(1/3, '#b')", type(ex).__name__, ex)
try:
    print("format(1/3, ',')", repr(format(1/3, ',')))
except Exception as ex:
    print("format(1/3, ',')", type(ex).__name__, ex)
try:
    print("format(1/3, '_')", repr(format(1/3, '_')))
except Exception as ex:
    print("format(1/3, '_')", type(ex).__name__, ex)
try:
    print("format(1/3, '+')", repr(format(1/3, '+')))
except Exception as ex:
    print("format(1/3, '+')", type(ex).__name__, ex)
try:
    print("format(1/3, ' ')", repr(format(1/3, ' ')))
except Exception as ex:
    print("format(1/3, ' ')", type(ex).__name__, ex)
try:
    print("format(1/3, '>10')", repr(format(1/3, '>10')))
except Exception as ex:
    print("format(1/3, '>10')", type(ex).__name__, ex)
try:
    print("format(1/3, '<10')", repr(format(1/3, '<10')))
except Exception as ex:
    print("format(1/3, '<10')", type(ex).__name__, ex)
try:
    print("format(1/3, '^11')", repr(format(1/3, '^11')))
except Exception as ex:
    print("format(1/3, '^11')", type(ex).__name__, ex)
try:
    print("format(1/3, '=+12')", repr(format(1/3, '=+12')))
except Exception as ex:
    print("format(1/3, '=+12')", type(ex).__name__, ex)
try:
    print("format(1/3, '010')", repr(format(1/3, '010')))
except Exception as ex:
    print("format(1/3, '010')", type(ex).__name__, ex)
try:
    print("format(1/3, '012,')", repr(format(1/3, '012,')))
except Exception as ex:
    print("format(1/3, '012,')", type(ex).__name__, ex)
try:
    print("format(1/3, '0=14_')", repr(format(1/3, '0=14_')))
except Exception as ex:
    print("format(1/3, '0=14_')", type(ex).__name__, ex)
try:
    print("format(1/3, 'e')", repr(format(1/3, 'e')))
except Exception as ex:
    print("format(1/3, 'e')", type(ex).__name__, ex)
try:
    print("format(1/3, '.2e')", repr(format(1/3, '.2e')))
except Exception as ex:
    print("format(1/3, '.2e')", type(ex).__name__, ex)
try:
    print("format(1/3, 'E')", repr(format(1/3, 'E')))
except Exception as ex:
    print("format(1/3, 'E')", type(ex).__name__, ex)
try:
    print("format(1/3, 'f')", repr(format(1/3, 'f')))
except Exception as ex:
    print("format(1/3, 'f')", type(ex).__name__, ex)
try:
    print("format(1/3, '.0f')", repr(format(1/3, '.0f')))
except Exception as ex:
    print("format(1/3, '.0f')", type(ex).__name__, ex)
try:
    print("format(1/3, '.3f')", repr(format(1/3, '.3f')))
except Exception as ex:
    print("format(1/3, '.3f')", type(ex).__name__, ex)
try:
    print("format(1/3, '#.0f')", repr(format(1/3, '#.0f')))
except Exception as ex:
    print("format(1/3, '#.0f')", type(ex).__name__, ex)
try:
    print("format(1/3, 'g')", repr(format(1/3, 'g')))
except Exception as ex:
    print("format(1/3, 'g')", type(ex).__name__, ex)
try:
    print("format(1/3, '.3g')", repr(format(1/3, '.3g')))
except Exception as ex:
    print("format(1/3, '.3g')", type(ex).__name__, ex)
try:
    print("format(1/3, '#g')", repr(format(1/3, '#g')))
except Exception as ex:
    print("format(1/3, '#g')", type(ex).__name__, ex)
try:
    print("format(1/3, 'G')", repr(format(1/3, 'G')))
except Exception as ex:
    print("format(1/3, 'G')", type(ex).__name__, ex)
try:
    print("format(1/3, '.10g')", repr(format(1/3, '.10g')))
except Exception as ex:
    print("format(1/3, '.10g')", type(ex).__name__, ex)
try:
    print("format(1/3, '%')", repr(format(1/3, '%')))
except Exception as ex:
    print("format(1/3, '%')", type(ex).__name__, ex)
try:
    print("format(1/3, '.1%')", repr(format(1/3, '.1%')))
except Exception as ex:
    print("format(1/3, '.1%')", type(ex).__name__, ex)
try:
    print("format(1/3, 'n')", repr(format(1/3, 'n')))
except Exception as ex:
    print("format(1/3, 'n')", type(ex).__name__, ex)
try:
    print("format(1/3, 'c')", repr(format(1/3, 'c')))
except Exception as ex:
    print("format(1/3, 'c')", type(ex).__name__, ex)
try:
    print("format(1/3, '.3')", repr(format(1/3, '.3')))
except Exception as ex:
    print("format(1/3, '.3')", type(ex).__name__, ex)
try:
    print("format(1/3, '#')", repr(format(1/3, '#')))
except Exception as ex:
    print("format(1/3, '#')", type(ex).__name__, ex)
try:
    print("format(1/3, 'z.2f')", repr(format(1/3, 'z.2f')))
except Exception as ex:
    print("format(1/3, 'z.2f')", type(ex).__name__, ex)
try:
    print("format(1/3, '+.4')", repr(format(1/3, '+.4')))
except Exception as ex:
    print("format(1/3, '+.4')", type(ex).__name__, ex)
try:
    print("format(1/3, '*^15,.2f')", repr(format(1/3, '*^15,.2f')))
except Exception as ex:
    print("format(1/3, '*^15,.2f')", type(ex).__name__, ex)
try:
    print("format(1/3, '-^9')", repr(format(1/3, '-^9')))
except Exception as ex:
    print("format(1/3, '-^9')", type(ex).__name__, ex)
try:
    print("format(1/3, ' 8.1e')", repr(format(1/3, ' 8.1e')))
except Exception as ex:
    print("format(1/3, ' 8.1e')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '')", repr(format(123456789.125, '')))
except Exception as ex:
    print("format(123456789.125, '')", type(ex).__name__, ex)
try:
    print("format(123456789.125, 'd')", repr(format(123456789.125, 'd')))
except Exception as ex:
    print("format(123456789.125, 'd')", type(ex).__name__, ex)
try:
    print("format(123456789.125, 'x')", repr(format(123456789.125, 'x')))
except Exception as ex:
    print("format(123456789.125, 'x')", type(ex).__name__, ex)
try:
    print("format(123456789.125, 'X')", repr(format(123456789.125, 'X')))
except Exception as ex:
    print("format(123456789.125, 'X')", type(ex).__name__, ex)
try:
    print("format(123456789.125, 'o')", repr(format(123456789.125, 'o')))
except Exception as ex:
    print("format(123456789.125, 'o')", type(ex).__name__, ex)
try:
    print("format(123456789.125, 'b')", repr(format(123456789.125, 'b')))
except Exception as ex:
    print("format(123456789.125, 'b')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '#x')", repr(format(123456789.125, '#x')))
except Exception as ex:
    print("format(123456789.125, '#x')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '#b')", repr(format(123456789.125, '#b')))
except Exception as ex:
    print("format(123456789.125, '#b')", type(ex).__name__, ex)
try:
    print("format(123456789.125, ',')", repr(format(123456789.125, ',')))
except Exception as ex:
    print("format(123456789.125, ',')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '_')", repr(format(123456789.125, '_')))
except Exception as ex:
    print("format(123456789.125, '_')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '+')", repr(format(123456789.125, '+')))
except Exception as ex:
    print("format(123456789.125, '+')", type(ex).__name__, ex)
try:
    print("format(123456789.125, ' ')", repr(format(123456789.125, ' ')))
except Exception as ex:
    print("format(123456789.125, ' ')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '>10')", repr(format(123456789.125, '>10')))
except Exception as ex:
    print("format(123456789.125, '>10')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '<10')", repr(format(123456789.125, '<10')))
except Exception as ex:
    print("format(123456789.125, '<10')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '^11')", repr(format(123456789.125, '^11')))
except Exception as ex:
    print("format(123456789.125, '^11')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '=+12')", repr(format(123456789.125, '=+12')))
except Exception as ex:
    print("format(123456789.125, '=+12')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '010')", repr(format(123456789.125, '010')))
except Exception as ex:
    print("format(123456789.125, '010')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '012,')", repr(format(123456789.125, '012,')))
except Exception as ex:
    print("format(123456789.125, '012,')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '0=14_')", repr(format(123456789.125, '0=14_')))
except Exception as ex:
    print("format(123456789.125, '0=14_')", type(ex).__name__, ex)
try:
    print("format(123456789.125, 'e')", repr(format(123456789.125, 'e')))
except Exception as ex:
    print("format(123456789.125, 'e')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '.2e')", repr(format(123456789.125, '.2e')))
except Exception as ex:
    print("format(123456789.125, '.2e')", type(ex).__name__, ex)
try:
    print("format(123456789.125, 'E')", repr(format(123456789.125, 'E')))
except Exception as ex:
    print("format(123456789.125, 'E')", type(ex).__name__, ex)
try:
    print("format(123456789.125, 'f')", repr(format(123456789.125, 'f')))
except Exception as ex:
    print("format(123456789.125, 'f')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '.0f')", repr(format(123456789.125, '.0f')))
except Exception as ex:
    print("format(123456789.125, '.0f')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '.3f')", repr(format(123456789.125, '.3f')))
except Exception as ex:
    print("format(123456789.125, '.3f')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '#.0f')", repr(format(123456789.125, '#.0f')))
except Exception as ex:
    print("format(123456789.125, '#.0f')", type(ex).__name__, ex)
try:
    print("format(123456789.125, 'g')", repr(format(123456789.125, 'g')))
except Exception as ex:
    print("format(123456789.125, 'g')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '.3g')", repr(format(123456789.125, '.3g')))
except Exception as ex:
    print("format(123456789.125, '.3g')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '#g')", repr(format(123456789.125, '#g')))
except Exception as ex:
    print("format(123456789.125, '#g')", type(ex).__name__, ex)
try:
    print("format(123456789.125, 'G')", repr(format(123456789.125, 'G')))
except Exception as ex:
    print("format(123456789.125, 'G')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '.10g')", repr(format(123456789.125, '.10g')))
except Exception as ex:
    print("format(123456789.125, '.10g')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '%')", repr(format(123456789.125, '%')))
except Exception as ex:
    print("format(123456789.125, '%')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '.1%')", repr(format(123456789.125, '.1%')))
except Exception as ex:
    print("format(123456789.125, '.1%')", type(ex).__name__, ex)
try:
    print("format(123456789.125, 'n')", repr(format(123456789.125, 'n')))
except Exception as ex:
    print("format(123456789.125, 'n')", type(ex).__name__, ex)
try:
    print("format(123456789.125, 'c')", repr(format(123456789.125, 'c')))
except Exception as ex:
    print("format(123456789.125, 'c')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '.3')", repr(format(123456789.125, '.3')))
except Exception as ex:
    print("format(123456789.125, '.3')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '#')", repr(format(123456789.125, '#')))
except Exception as ex:
    print("format(123456789.125, '#')", type(ex).__name__, ex)
try:
    print("format(123456789.125, 'z.2f')", repr(format(123456789.125, 'z.2f')))
except Exception as ex:
    print("format(123456789.125, 'z.2f')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '+.4')", repr(format(123456789.125, '+.4')))
except Exception as ex:
    print("format(123456789.125, '+.4')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '*^15,.2f')", repr(format(123456789.125, '*^15,.2f')))
except Exception as ex:
    print("format(123456789.125, '*^15,.2f')", type(ex).__name__, ex)
try:
    print("format(123456789.125, '-^9')", repr(format(123456789.125, '-^9')))
except Exception as ex:
    print("format(123456789.125, '-^9')", type(ex).__name__, ex)
try:
    print("format(123456789.125, ' 8.1e')", repr(format(123456789.125, ' 8.1e')))
except Exception as ex:
    print("format(123456789.125, ' 8.1e')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '')", repr(format(-1e-7, '')))
except Exception as ex:
    print("format(-1e-7, '')", type(ex).__name__, ex)
try:
    print("format(-1e-7, 'd')", repr(format(-1e-7, 'd')))
except Exception as ex:
    print("format(-1e-7, 'd')", type(ex).__name__, ex)
try:
    print("format(-1e-7, 'x')", repr(format(-1e-7, 'x')))
except Exception as ex:
    print("format(-1e-7, 'x')", type(ex).__name__, ex)
try:
    print("format(-1e-7, 'X')", repr(format(-1e-7, 'X')))
except Exception as ex:
    print("format(-1e-7, 'X')", type(ex).__name__, ex)
try:
    print("format(-1e-7, 'o')", repr(format(-1e-7, 'o')))
except Exception as ex:
    print("format(-1e-7, 'o')", type(ex).__name__, ex)
try:
    print("format(-1e-7, 'b')", repr(format(-1e-7, 'b')))
except Exception as ex:
    print("format(-1e-7, 'b')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '#x')", repr(format(-1e-7, '#x')))
except Exception as ex:
    print("format(-1e-7, '#x')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '#b')", repr(format(-1e-7, '#b')))
except Exception as ex:
    print("format(-1e-7, '#b')", type(ex).__name__, ex)
try:
    print("format(-1e-7, ',')", repr(format(-1e-7, ',')))
except Exception as ex:
    print("format(-1e-7, ',')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '_')", repr(format(-1e-7, '_')))
except Exception as ex:
    print("format(-1e-7, '_')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '+')", repr(format(-1e-7, '+')))
except Exception as ex:
    print("format(-1e-7, '+')", type(ex).__name__, ex)
try:
    print("format(-1e-7, ' ')", repr(format(-1e-7, ' ')))
except Exception as ex:
    print("format(-1e-7, ' ')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '>10')", repr(format(-1e-7, '>10')))
except Exception as ex:
    print("format(-1e-7, '>10')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '<10')", repr(format(-1e-7, '<10')))
except Exception as ex:
    print("format(-1e-7, '<10')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '^11')", repr(format(-1e-7, '^11')))
except Exception as ex:
    print("format(-1e-7, '^11')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '=+12')", repr(format(-1e-7, '=+12')))
except Exception as ex:
    print("format(-1e-7, '=+12')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '010')", repr(format(-1e-7, '010')))
except Exception as ex:
    print("format(-1e-7, '010')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '012,')", repr(format(-1e-7, '012,')))
except Exception as ex:
    print("format(-1e-7, '012,')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '0=14_')", repr(format(-1e-7, '0=14_')))
except Exception as ex:
    print("format(-1e-7, '0=14_')", type(ex).__name__, ex)
try:
    print("format(-1e-7, 'e')", repr(format(-1e-7, 'e')))
except Exception as ex:
    print("format(-1e-7, 'e')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '.2e')", repr(format(-1e-7, '.2e')))
except Exception as ex:
    print("format(-1e-7, '.2e')", type(ex).__name__, ex)
try:
    print("format(-1e-7, 'E')", repr(format(-1e-7, 'E')))
except Exception as ex:
    print("format(-1e-7, 'E')", type(ex).__name__, ex)
try:
    print("format(-1e-7, 'f')", repr(format(-1e-7, 'f')))
except Exception as ex:
    print("format(-1e-7, 'f')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '.0f')", repr(format(-1e-7, '.0f')))
except Exception as ex:
    print("format(-1e-7, '.0f')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '.3f')", repr(format(-1e-7, '.3f')))
except Exception as ex:
    print("format(-1e-7, '.3f')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '#.0f')", repr(format(-1e-7, '#.0f')))
except Exception as ex:
    print("format(-1e-7, '#.0f')", type(ex).__name__, ex)
try:
    print("format(-1e-7, 'g')", repr(format(-1e-7, 'g')))
except Exception as ex:
    print("format(-1e-7, 'g')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '.3g')", repr(format(-1e-7, '.3g')))
except Exception as ex:
    print("format(-1e-7, '.3g')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '#g')", repr(format(-1e-7, '#g')))
except Exception as ex:
    print("format(-1e-7, '#g')", type(ex).__name__, ex)
try:
    print("format(-1e-7, 'G')", repr(format(-1e-7, 'G')))
except Exception as ex:
    print("format(-1e-7, 'G')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '.10g')", repr(format(-1e-7, '.10g')))
except Exception as ex:
    print("format(-1e-7, '.10g')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '%')", repr(format(-1e-7, '%')))
except Exception as ex:
    print("format(-1e-7, '%')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '.1%')", repr(format(-1e-7, '.1%')))
except Exception as ex:
    print("format(-1e-7, '.1%')", type(ex).__name__, ex)
try:
    print("format(-1e-7, 'n')", repr(format(-1e-7, 'n')))
except Exception as ex:
    print("format(-1e-7, 'n')", type(ex).__name__, ex)
try:
    print("format(-1e-7, 'c')", repr(format(-1e-7, 'c')))
except Exception as ex:
    print("format(-1e-7, 'c')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '.3')", repr(format(-1e-7, '.3')))
except Exception as ex:
    print("format(-1e-7, '.3')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '#')", repr(format(-1e-7, '#')))
except Exception as ex:
    print("format(-1e-7, '#')", type(ex).__name__, ex)
try:
    print("format(-1e-7, 'z.2f')", repr(format(-1e-7, 'z.2f')))
except Exception as ex:
    print("format(-1e-7, 'z.2f')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '+.4')", repr(format(-1e-7, '+.4')))
except Exception as ex:
    print("format(-1e-7, '+.4')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '*^15,.2f')", repr(format(-1e-7, '*^15,.2f')))
except Exception as ex:
    print("format(-1e-7, '*^15,.2f')", type(ex).__name__, ex)
try:
    print("format(-1e-7, '-^9')", repr(format(-1e-7, '-^9')))
except Exception as ex:
    print("format(-1e-7, '-^9')", type(ex).__name__, ex)
try:
    print("format(-1e-7, ' 8.1e')", repr(format(-1e-7, ' 8.1e')))
except Exception as ex:
    print("format(-1e-7, ' 8.1e')", type(ex).__name__, ex)
try:
    print('format(float("nan"), \'\')', repr(format(float("nan"), '')))
except Exception as ex:
    print('format(float("nan"), \'\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'d\')', repr(format(float("nan"), 'd')))
except Exception as ex:
    print('format(float("nan"), \'d\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'x\')', repr(format(float("nan"), 'x')))
except Exception as ex:
    print('format(float("nan"), \'x\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'X\')', repr(format(float("nan"), 'X')))
except Exception as ex:
    print('format(float("nan"), \'X\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'o\')', repr(format(float("nan"), 'o')))
except Exception as ex:
    print('format(float("nan"), \'o\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'b\')', repr(format(float("nan"), 'b')))
except Exception as ex:
    print('format(float("nan"), \'b\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'#x\')', repr(format(float("nan"), '#x')))
except Exception as ex:
    print('format(float("nan"), \'#x\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'#b\')', repr(format(float("nan"), '#b')))
except Exception as ex:
    print('format(float("nan"), \'#b\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \',\')', repr(format(float("nan"), ',')))
except Exception as ex:
    print('format(float("nan"), \',\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'_\')', repr(format(float("nan"), '_')))
except Exception as ex:
    print('format(float("nan"), \'_\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'+\')', repr(format(float("nan"), '+')))
except Exception as ex:
    print('format(float("nan"), \'+\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \' \')', repr(format(float("nan"), ' ')))
except Exception as ex:
    print('format(float("nan"), \' \')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'>10\')', repr(format(float("nan"), '>10')))
except Exception as ex:
    print('format(float("nan"), \'>10\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'<10\')', repr(format(float("nan"), '<10')))
except Exception as ex:
    print('format(float("nan"), \'<10\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'^11\')', repr(format(float("nan"), '^11')))
except Exception as ex:
    print('format(float("nan"), \'^11\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'=+12\')', repr(format(float("nan"), '=+12')))
except Exception as ex:
    print('format(float("nan"), \'=+12\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'010\')', repr(format(float("nan"), '010')))
except Exception as ex:
    print('format(float("nan"), \'010\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'012,\')', repr(format(float("nan"), '012,')))
except Exception as ex:
    print('format(float("nan"), \'012,\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'0=14_\')', repr(format(float("nan"), '0=14_')))
except Exception as ex:
    print('format(float("nan"), \'0=14_\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'e\')', repr(format(float("nan"), 'e')))
except Exception as ex:
    print('format(float("nan"), \'e\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'.2e\')', repr(format(float("nan"), '.2e')))
except Exception as ex:
    print('format(float("nan"), \'.2e\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'E\')', repr(format(float("nan"), 'E')))
except Exception as ex:
    print('format(float("nan"), \'E\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'f\')', repr(format(float("nan"), 'f')))
except Exception as ex:
    print('format(float("nan"), \'f\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'.0f\')', repr(format(float("nan"), '.0f')))
except Exception as ex:
    print('format(float("nan"), \'.0f\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'.3f\')', repr(format(float("nan"), '.3f')))
except Exception as ex:
    print('format(float("nan"), \'.3f\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'#.0f\')', repr(format(float("nan"), '#.0f')))
except Exception as ex:
    print('format(float("nan"), \'#.0f\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'g\')', repr(format(float("nan"), 'g')))
except Exception as ex:
    print('format(float("nan"), \'g\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'.3g\')', repr(format(float("nan"), '.3g')))
except Exception as ex:
    print('format(float("nan"), \'.3g\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'#g\')', repr(format(float("nan"), '#g')))
except Exception as ex:
    print('format(float("nan"), \'#g\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'G\')', repr(format(float("nan"), 'G')))
except Exception as ex:
    print('format(float("nan"), \'G\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'.10g\')', repr(format(float("nan"), '.10g')))
except Exception as ex:
    print('format(float("nan"), \'.10g\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'%\')', repr(format(float("nan"), '%')))
except Exception as ex:
    print('format(float("nan"), \'%\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'.1%\')', repr(format(float("nan"), '.1%')))
except Exception as ex:
    print('format(float("nan"), \'.1%\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'n\')', repr(format(float("nan"), 'n')))
except Exception as ex:
    print('format(float("nan"), \'n\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'c\')', repr(format(float("nan"), 'c')))
except Exception as ex:
    print('format(float("nan"), \'c\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'.3\')', repr(format(float("nan"), '.3')))
except Exception as ex:
    print('format(float("nan"), \'.3\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'#\')', repr(format(float("nan"), '#')))
except Exception as ex:
    print('format(float("nan"), \'#\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'z.2f\')', repr(format(float("nan"), 'z.2f')))
except Exception as ex:
    print('format(float("nan"), \'z.2f\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'+.4\')', repr(format(float("nan"), '+.4')))
except Exception as ex:
    print('format(float("nan"), \'+.4\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'*^15,.2f\')', repr(format(float("nan"), '*^15,.2f')))
except Exception as ex:
    print('format(float("nan"), \'*^15,.2f\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \'-^9\')', repr(format(float("nan"), '-^9')))
except Exception as ex:
    print('format(float("nan"), \'-^9\')', type(ex).__name__, ex)
try:
    print('format(float("nan"), \' 8.1e\')', repr(format(float("nan"), ' 8.1e')))
except Exception as ex:
    print('format(float("nan"), \' 8.1e\')', type(ex).__name__, ex)
try:
    print("format((1+2j), '')", repr(format((1+2j), '')))
except Exception as ex:
    print("format((1+2j), '')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'd')", repr(format((1+2j), 'd')))
except Exception as ex:
    print("format((1+2j), 'd')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'x')", repr(format((1+2j), 'x')))
except Exception as ex:
    print("format((1+2j), 'x')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'X')", repr(format((1+2j), 'X')))
except Exception as ex:
    print("format((1+2j), 'X')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'o')", repr(format((1+2j), 'o')))
except Exception as ex:
    print("format((1+2j), 'o')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'b')", repr(format((1+2j), 'b')))
except Exception as ex:
    print("format((1+2j), 'b')", type(ex).__name__, ex)
try:
    print("format((1+2j), '#x')", repr(format((1+2j), '#x')))
except Exception as ex:
    print("format((1+2j), '#x')", type(ex).__name__, ex)
try:
    print("format((1+2j), '#b')", repr(format((1+2j), '#b')))
except Exception as ex:
    print("format((1+2j), '#b')", type(ex).__name__, ex)
try:
    print("format((1+2j), ',')", repr(format((1+2j), ',')))
except Exception as ex:
    print("format((1+2j), ',')", type(ex).__name__, ex)
try:
    print("format((1+2j), '_')", repr(format((1+2j), '_')))
except Exception as ex:
    print("format((1+2j), '_')", type(ex).__name__, ex)
try:
    print("format((1+2j), '+')", repr(format((1+2j), '+')))
except Exception as ex:
    print("format((1+2j), '+')", type(ex).__name__, ex)
try:
    print("format((1+2j), ' ')", repr(format((1+2j), ' ')))
except Exception as ex:
    print("format((1+2j), ' ')", type(ex).__name__, ex)
try:
    print("format((1+2j), '>10')", repr(format((1+2j), '>10')))
except Exception as ex:
    print("format((1+2j), '>10')", type(ex).__name__, ex)
try:
    print("format((1+2j), '<10')", repr(format((1+2j), '<10')))
except Exception as ex:
    print("format((1+2j), '<10')", type(ex).__name__, ex)
try:
    print("format((1+2j), '^11')", repr(format((1+2j), '^11')))
except Exception as ex:
    print("format((1+2j), '^11')", type(ex).__name__, ex)
try:
    print("format((1+2j), '=+12')", repr(format((1+2j), '=+12')))
except Exception as ex:
    print("format((1+2j), '=+12')", type(ex).__name__, ex)
try:
    print("format((1+2j), '010')", repr(format((1+2j), '010')))
except Exception as ex:
    print("format((1+2j), '010')", type(ex).__name__, ex)
try:
    print("format((1+2j), '012,')", repr(format((1+2j), '012,')))
except Exception as ex:
    print("format((1+2j), '012,')", type(ex).__name__, ex)
try:
    print("format((1+2j), '0=14_')", repr(format((1+2j), '0=14_')))
except Exception as ex:
    print("format((1+2j), '0=14_')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'e')", repr(format((1+2j), 'e')))
except Exception as ex:
    print("format((1+2j), 'e')", type(ex).__name__, ex)
try:
    print("format((1+2j), '.2e')", repr(format((1+2j), '.2e')))
except Exception as ex:
    print("format((1+2j), '.2e')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'E')", repr(format((1+2j), 'E')))
except Exception as ex:
    print("format((1+2j), 'E')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'f')", repr(format((1+2j), 'f')))
except Exception as ex:
    print("format((1+2j), 'f')", type(ex).__name__, ex)
try:
    print("format((1+2j), '.0f')", repr(format((1+2j), '.0f')))
except Exception as ex:
    print("format((1+2j), '.0f')", type(ex).__name__, ex)
try:
    print("format((1+2j), '.3f')", repr(format((1+2j), '.3f')))
except Exception as ex:
    print("format((1+2j), '.3f')", type(ex).__name__, ex)
try:
    print("format((1+2j), '#.0f')", repr(format((1+2j), '#.0f')))
except Exception as ex:
    print("format((1+2j), '#.0f')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'g')", repr(format((1+2j), 'g')))
except Exception as ex:
    print("format((1+2j), 'g')", type(ex).__name__, ex)
try:
    print("format((1+2j), '.3g')", repr(format((1+2j), '.3g')))
except Exception as ex:
    print("format((1+2j), '.3g')", type(ex).__name__, ex)
try:
    print("format((1+2j), '#g')", repr(format((1+2j), '#g')))
except Exception as ex:
    print("format((1+2j), '#g')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'G')", repr(format((1+2j), 'G')))
except Exception as ex:
    print("format((1+2j), 'G')", type(ex).__name__, ex)
try:
    print("format((1+2j), '.10g')", repr(format((1+2j), '.10g')))
except Exception as ex:
    print("format((1+2j), '.10g')", type(ex).__name__, ex)
try:
    print("format((1+2j), '%')", repr(format((1+2j), '%')))
except Exception as ex:
    print("format((1+2j), '%')", type(ex).__name__, ex)
try:
    print("format((1+2j), '.1%')", repr(format((1+2j), '.1%')))
except Exception as ex:
    print("format((1+2j), '.1%')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'n')", repr(format((1+2j), 'n')))
except Exception as ex:
    print("format((1+2j), 'n')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'c')", repr(format((1+2j), 'c')))
except Exception as ex:
    print("format((1+2j), 'c')", type(ex).__name__, ex)
try:
    print("format((1+2j), '.3')", repr(format((1+2j), '.3')))
except Exception as ex:
    print("format((1+2j), '.3')", type(ex).__name__, ex)
try:
    print("format((1+2j), '#')", repr(format((1+2j), '#')))
except Exception as ex:
    print("format((1+2j), '#')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'z.2f')", repr(format((1+2j), 'z.2f')))
except Exception as ex:
    print("format((1+2j), 'z.2f')", type(ex).__name__, ex)
try:
    print("format((1+2j), '+.4')", repr(format((1+2j), '+.4')))
except Exception as ex:
    print("format((1+2j), '+.4')", type(ex).__name__, ex)
try:
    print("format((1+2j), '*^15,.2f')", repr(format((1+2j), '*^15,.2f')))
except Exception as ex:
    print("format((1+2j), '*^15,.2f')", type(ex).__name__, ex)
try:
    print("format((1+2j), '-^9')", repr(format((1+2j), '-^9')))
except Exception as ex:
    print("format((1+2j), '-^9')", type(ex).__name__, ex)
try:
    print("format((1+2j), ' 8.1e')", repr(format((1+2j), ' 8.1e')))
except Exception as ex:
    print("format((1+2j), ' 8.1e')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '')", repr(format((-0.0-1j), '')))
except Exception as ex:
    print("format((-0.0-1j), '')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), 'd')", repr(format((-0.0-1j), 'd')))
except Exception as ex:
    print("format((-0.0-1j), 'd')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), 'x')", repr(format((-0.0-1j), 'x')))
except Exception as ex:
    print("format((-0.0-1j), 'x')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), 'X')", repr(format((-0.0-1j), 'X')))
except Exception as ex:
    print("format((-0.0-1j), 'X')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), 'o')", repr(format((-0.0-1j), 'o')))
except Exception as ex:
    print("format((-0.0-1j), 'o')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), 'b')", repr(format((-0.0-1j), 'b')))
except Exception as ex:
    print("format((-0.0-1j), 'b')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '#x')", repr(format((-0.0-1j), '#x')))
except Exception as ex:
    print("format((-0.0-1j), '#x')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '#b')", repr(format((-0.0-1j), '#b')))
except Exception as ex:
    print("format((-0.0-1j), '#b')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), ',')", repr(format((-0.0-1j), ',')))
except Exception as ex:
    print("format((-0.0-1j), ',')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '_')", repr(format((-0.0-1j), '_')))
except Exception as ex:
    print("format((-0.0-1j), '_')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '+')", repr(format((-0.0-1j), '+')))
except Exception as ex:
    print("format((-0.0-1j), '+')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), ' ')", repr(format((-0.0-1j), ' ')))
except Exception as ex:
    print("format((-0.0-1j), ' ')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '>10')", repr(format((-0.0-1j), '>10')))
except Exception as ex:
    print("format((-0.0-1j), '>10')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '<10')", repr(format((-0.0-1j), '<10')))
except Exception as ex:
    print("format((-0.0-1j), '<10')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '^11')", repr(format((-0.0-1j), '^11')))
except Exception as ex:
    print("format((-0.0-1j), '^11')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '=+12')", repr(format((-0.0-1j), '=+12')))
except Exception as ex:
    print("format((-0.0-1j), '=+12')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '010')", repr(format((-0.0-1j), '010')))
except Exception as ex:
    print("format((-0.0-1j), '010')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '012,')", repr(format((-0.0-1j), '012,')))
except Exception as ex:
    print("format((-0.0-1j), '012,')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '0=14_')", repr(format((-0.0-1j), '0=14_')))
except Exception as ex:
    print("format((-0.0-1j), '0=14_')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), 'e')", repr(format((-0.0-1j), 'e')))
except Exception as ex:
    print("format((-0.0-1j), 'e')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '.2e')", repr(format((-0.0-1j), '.2e')))
except Exception as ex:
    print("format((-0.0-1j), '.2e')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), 'E')", repr(format((-0.0-1j), 'E')))
except Exception as ex:
    print("format((-0.0-1j), 'E')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), 'f')", repr(format((-0.0-1j), 'f')))
except Exception as ex:
    print("format((-0.0-1j), 'f')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '.0f')", repr(format((-0.0-1j), '.0f')))
except Exception as ex:
    print("format((-0.0-1j), '.0f')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '.3f')", repr(format((-0.0-1j), '.3f')))
except Exception as ex:
    print("format((-0.0-1j), '.3f')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '#.0f')", repr(format((-0.0-1j), '#.0f')))
except Exception as ex:
    print("format((-0.0-1j), '#.0f')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), 'g')", repr(format((-0.0-1j), 'g')))
except Exception as ex:
    print("format((-0.0-1j), 'g')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '.3g')", repr(format((-0.0-1j), '.3g')))
except Exception as ex:
    print("format((-0.0-1j), '.3g')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '#g')", repr(format((-0.0-1j), '#g')))
except Exception as ex:
    print("format((-0.0-1j), '#g')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), 'G')", repr(format((-0.0-1j), 'G')))
except Exception as ex:
    print("format((-0.0-1j), 'G')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '.10g')", repr(format((-0.0-1j), '.10g')))
except Exception as ex:
    print("format((-0.0-1j), '.10g')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '%')", repr(format((-0.0-1j), '%')))
except Exception as ex:
    print("format((-0.0-1j), '%')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '.1%')", repr(format((-0.0-1j), '.1%')))
except Exception as ex:
    print("format((-0.0-1j), '.1%')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), 'n')", repr(format((-0.0-1j), 'n')))
except Exception as ex:
    print("format((-0.0-1j), 'n')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), 'c')", repr(format((-0.0-1j), 'c')))
except Exception as ex:
    print("format((-0.0-1j), 'c')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '.3')", repr(format((-0.0-1j), '.3')))
except Exception as ex:
    print("format((-0.0-1j), '.3')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '#')", repr(format((-0.0-1j), '#')))
except Exception as ex:
    print("format((-0.0-1j), '#')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), 'z.2f')", repr(format((-0.0-1j), 'z.2f')))
except Exception as ex:
    print("format((-0.0-1j), 'z.2f')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '+.4')", repr(format((-0.0-1j), '+.4')))
except Exception as ex:
    print("format((-0.0-1j), '+.4')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '*^15,.2f')", repr(format((-0.0-1j), '*^15,.2f')))
except Exception as ex:
    print("format((-0.0-1j), '*^15,.2f')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), '-^9')", repr(format((-0.0-1j), '-^9')))
except Exception as ex:
    print("format((-0.0-1j), '-^9')", type(ex).__name__, ex)
try:
    print("format((-0.0-1j), ' 8.1e')", repr(format((-0.0-1j), ' 8.1e')))
except Exception as ex:
    print("format((-0.0-1j), ' 8.1e')", type(ex).__name__, ex)
try:
    print("format(1e16, '')", repr(format(1e16, '')))
except Exception as ex:
    print("format(1e16, '')", type(ex).__name__, ex)
try:
    print("format(1e16, 'd')", repr(format(1e16, 'd')))
except Exception as ex:
    print("format(1e16, 'd')", type(ex).__name__, ex)
try:
    print("format(1e16, 'x')", repr(format(1e16, 'x')))
except Exception as ex:
    print("format(1e16, 'x')", type(ex).__name__, ex)
try:
    print("format(1e16, 'X')", repr(format(1e16, 'X')))
except Exception as ex:
    print("format(1e16, 'X')", type(ex).__name__, ex)
try:
    print("format(1e16, 'o')", repr(format(1e16, 'o')))
except Exception as ex:
    print("format(1e16, 'o')", type(ex).__name__, ex)
try:
    print("format(1e16, 'b')", repr(format(1e16, 'b')))
except Exception as ex:
    print("format(1e16, 'b')", type(ex).__name__, ex)
try:
    print("format(1e16, '#x')", repr(format(1e16, '#x')))
except Exception as ex:
    print("format(1e16, '#x')", type(ex).__name__, ex)
try:
    print("format(1e16, '#b')", repr(format(1e16, '#b')))
except Exception as ex:
    print("format(1e16, '#b')", type(ex).__name__, ex)
try:
    print("format(1e16, ',')", repr(format(1e16, ',')))
except Exception as ex:
    print("format(1e16, ',')", type(ex).__name__, ex)
try:
    print("format(1e16, '_')", repr(format(1e16, '_')))
except Exception as ex:
    print("format(1e16, '_')", type(ex).__name__, ex)
try:
    print("format(1e16, '+')", repr(format(1e16, '+')))
except Exception as ex:
    print("format(1e16, '+')", type(ex).__name__, ex)
try:
    print("format(1e16, ' ')", repr(format(1e16, ' ')))
except Exception as ex:
    print("format(1e16, ' ')", type(ex).__name__, ex)
try:
    print("format(1e16, '>10')", repr(format(1e16, '>10')))
except Exception as ex:
    print("format(1e16, '>10')", type(ex).__name__, ex)
try:
    print("format(1e16, '<10')", repr(format(1e16, '<10')))
except Exception as ex:
    print("format(1e16, '<10')", type(ex).__name__, ex)
try:
    print("format(1e16, '^11')", repr(format(1e16, '^11')))
except Exception as ex:
    print("format(1e16, '^11')", type(ex).__name__, ex)
try:
    print("format(1e16, '=+12')", repr(format(1e16, '=+12')))
except Exception as ex:
    print("format(1e16, '=+12')", type(ex).__name__, ex)
try:
    print("format(1e16, '010')", repr(format(1e16, '010')))
except Exception as ex:
    print("format(1e16, '010')", type(ex).__name__, ex)
try:
    print("format(1e16, '012,')", repr(format(1e16, '012,')))
except Exception as ex:
    print("format(1e16, '012,')", type(ex).__name__, ex)
try:
    print("format(1e16, '0=14_')", repr(format(1e16, '0=14_')))
except Exception as ex:
    print("format(1e16, '0=14_')", type(ex).__name__, ex)
try:
    print("format(1e16, 'e')", repr(format(1e16, 'e')))
except Exception as ex:
    print("format(1e16, 'e')", type(ex).__name__, ex)
try:
    print("format(1e16, '.2e')", repr(format(1e16, '.2e')))
except Exception as ex:
    print("format(1e16, '.2e')", type(ex).__name__, ex)
try:
    print("format(1e16, 'E')", repr(format(1e16, 'E')))
except Exception as ex:
    print("format(1e16, 'E')", type(ex).__name__, ex)
try:
    print("format(1e16, 'f')", repr(format(1e16, 'f')))
except Exception as ex:
    print("format(1e16, 'f')", type(ex).__name__, ex)
try:
    print("format(1e16, '.0f')", repr(format(1e16, '.0f')))
except Exception as ex:
    print("format(1e16, '.0f')", type(ex).__name__, ex)
try:
    print("format(1e16, '.3f')", repr(format(1e16, '.3f')))
except Exception as ex:
    print("format(1e16, '.3f')", type(ex).__name__, ex)
try:
    print("format(1e16, '#.0f')", repr(format(1e16, '#.0f')))
except Exception as ex:
    print("format(1e16, '#.0f')", type(ex).__name__, ex)
try:
    print("format(1e16, 'g')", repr(format(1e16, 'g')))
except Exception as ex:
    print("format(1e16, 'g')", type(ex).__name__, ex)
try:
    print("format(1e16, '.3g')", repr(format(1e16, '.3g')))
except Exception as ex:
    print("format(1e16, '.3g')", type(ex).__name__, ex)
try:
    print("format(1e16, '#g')", repr(format(1e16, '#g')))
except Exception as ex:
    print("format(1e16, '#g')", type(ex).__name__, ex)
try:
    print("format(1e16, 'G')", repr(format(1e16, 'G')))
except Exception as ex:
    print("format(1e16, 'G')", type(ex).__name__, ex)
try:
    print("format(1e16, '.10g')", repr(format(1e16, '.10g')))
except Exception as ex:
    print("format(1e16, '.10g')", type(ex).__name__, ex)
try:
    print("format(1e16, '%')", repr(format(1e16, '%')))
except Exception as ex:
    print("format(1e16, '%')", type(ex).__name__, ex)
try:
    print("format(1e16, '.1%')", repr(format(1e16, '.1%')))
except Exception as ex:
    print("format(1e16, '.1%')", type(ex).__name__, ex)
try:
    print("format(1e16, 'n')", repr(format(1e16, 'n')))
except Exception as ex:
    print("format(1e16, 'n')", type(ex).__name__, ex)
try:
    print("format(1e16, 'c')", repr(format(1e16, 'c')))
except Exception as ex:
    print("format(1e16, 'c')", type(ex).__name__, ex)
try:
    print("format(1e16, '.3')", repr(format(1e16, '.3')))
except Exception as ex:
    print("format(1e16, '.3')", type(ex).__name__, ex)
try:
    print("format(1e16, '#')", repr(format(1e16, '#')))
except Exception as ex:
    print("format(1e16, '#')", type(ex).__name__, ex)
try:
    print("format(1e16, 'z.2f')", repr(format(1e16, 'z.2f')))
except Exception as ex:
    print("format(1e16, 'z.2f')", type(ex).__name__, ex)
try:
    print("format(1e16, '+.4')", repr(format(1e16, '+.4')))
except Exception as ex:
    print("format(1e16, '+.4')", type(ex).__name__, ex)
try:
    print("format(1e16, '*^15,.2f')", repr(format(1e16, '*^15,.2f')))
except Exception as ex:
    print("format(1e16, '*^15,.2f')", type(ex).__name__, ex)
try:
    print("format(1e16, '-^9')", repr(format(1e16, '-^9')))
except Exception as ex:
    print("format(1e16, '-^9')", type(ex).__name__, ex)
try:
    print("format(1e16, ' 8.1e')", repr(format(1e16, ' 8.1e')))
except Exception as ex:
    print("format(1e16, ' 8.1e')", type(ex).__name__, ex)
try:
    print("format((3+0j), '')", repr(format((3+0j), '')))
except Exception as ex:
    print("format((3+0j), '')", type(ex).__name__, ex)
try:
    print("format((3+0j), 'd')", repr(format((3+0j), 'd')))
except Exception as ex:
    print("format((3+0j), 'd')", type(ex).__name__, ex)
try:
    print("format((3+0j), 'x')", repr(format((3+0j), 'x')))
except Exception as ex:
    print("format((3+0j), 'x')", type(ex).__name__, ex)
try:
    print("format((3+0j), 'X')", repr(format((3+0j), 'X')))
except Exception as ex:
    print("format((3+0j), 'X')", type(ex).__name__, ex)
try:
    print("format((3+0j), 'o')", repr(format((3+0j), 'o')))
except Exception as ex:
    print("format((3+0j), 'o')", type(ex).__name__, ex)
try:
    print("format((3+0j), 'b')", repr(format((3+0j), 'b')))
except Exception as ex:
    print("format((3+0j), 'b')", type(ex).__name__, ex)
try:
    print("format((3+0j), '#x')", repr(format((3+0j), '#x')))
except Exception as ex:
    print("format((3+0j), '#x')", type(ex).__name__, ex)
try:
    print("format((3+0j), '#b')", repr(format((3+0j), '#b')))
except Exception as ex:
    print("format((3+0j), '#b')", type(ex).__name__, ex)
try:
    print("format((3+0j), ',')", repr(format((3+0j), ',')))
except Exception as ex:
    print("format((3+0j), ',')", type(ex).__name__, ex)
try:
    print("format((3+0j), '_')", repr(format((3+0j), '_')))
except Exception as ex:
    print("format((3+0j), '_')", type(ex).__name__, ex)
try:
    print("format((3+0j), '+')", repr(format((3+0j), '+')))
except Exception as ex:
    print("format((3+0j), '+')", type(ex).__name__, ex)
try:
    print("format((3+0j), ' ')", repr(format((3+0j), ' ')))
except Exception as ex:
    print("format((3+0j), ' ')", type(ex).__name__, ex)
try:
    print("format((3+0j), '>10')", repr(format((3+0j), '>10')))
except Exception as ex:
    print("format((3+0j), '>10')", type(ex).__name__, ex)
try:
    print("format((3+0j), '<10')", repr(format((3+0j), '<10')))
except Exception as ex:
    print("format((3+0j), '<10')", type(ex).__name__, ex)
try:
    print("format((3+0j), '^11')", repr(format((3+0j), '^11')))
except Exception as ex:
    print("format((3+0j), '^11')", type(ex).__name__, ex)
try:
    print("format((3+0j), '=+12')", repr(format((3+0j), '=+12')))
except Exception as ex:
    print("format((3+0j), '=+12')", type(ex).__name__, ex)
try:
    print("format((3+0j), '010')", repr(format((3+0j), '010')))
except Exception as ex:
    print("format((3+0j), '010')", type(ex).__name__, ex)
try:
    print("format((3+0j), '012,')", repr(format((3+0j), '012,')))
except Exception as ex:
    print("format((3+0j), '012,')", type(ex).__name__, ex)
try:
    print("format((3+0j), '0=14_')", repr(format((3+0j), '0=14_')))
except Exception as ex:
    print("format((3+0j), '0=14_')", type(ex).__name__, ex)
try:
    print("format((3+0j), 'e')", repr(format((3+0j), 'e')))
except Exception as ex:
    print("format((3+0j), 'e')", type(ex).__name__, ex)
try:
    print("format((3+0j), '.2e')", repr(format((3+0j), '.2e')))
except Exception as ex:
    print("format((3+0j), '.2e')", type(ex).__name__, ex)
try:
    print("format((3+0j), 'E')", repr(format((3+0j), 'E')))
except Exception as ex:
    print("format((3+0j), 'E')", type(ex).__name__, ex)
try:
    print("format((3+0j), 'f')", repr(format((3+0j), 'f')))
except Exception as ex:
    print("format((3+0j), 'f')", type(ex).__name__, ex)
try:
    print("format((3+0j), '.0f')", repr(format((3+0j), '.0f')))
except Exception as ex:
    print("format((3+0j), '.0f')", type(ex).__name__, ex)
try:
    print("format((3+0j), '.3f')", repr(format((3+0j), '.3f')))
except Exception as ex:
    print("format((3+0j), '.3f')", type(ex).__name__, ex)
try:
    print("format((3+0j), '#.0f')", repr(format((3+0j), '#.0f')))
except Exception as ex:
    print("format((3+0j), '#.0f')", type(ex).__name__, ex)
try:
    print("format((3+0j), 'g')", repr(format((3+0j), 'g')))
except Exception as ex:
    print("format((3+0j), 'g')", type(ex).__name__, ex)
try:
    print("format((3+0j), '.3g')", repr(format((3+0j), '.3g')))
except Exception as ex:
    print("format((3+0j), '.3g')", type(ex).__name__, ex)
try:
    print("format((3+0j), '#g')", repr(format((3+0j), '#g')))
except Exception as ex:
    print("format((3+0j), '#g')", type(ex).__name__, ex)
try:
    print("format((3+0j), 'G')", repr(format((3+0j), 'G')))
except Exception as ex:
    print("format((3+0j), 'G')", type(ex).__name__, ex)
try:
    print("format((3+0j), '.10g')", repr(format((3+0j), '.10g')))
except Exception as ex:
    print("format((3+0j), '.10g')", type(ex).__name__, ex)
try:
    print("format((3+0j), '%')", repr(format((3+0j), '%')))
except Exception as ex:
    print("format((3+0j), '%')", type(ex).__name__, ex)
try:
    print("format((3+0j), '.1%')", repr(format((3+0j), '.1%')))
except Exception as ex:
    print("format((3+0j), '.1%')", type(ex).__name__, ex)
try:
    print("format((3+0j), 'n')", repr(format((3+0j), 'n')))
except Exception as ex:
    print("format((3+0j), 'n')", type(ex).__name__, ex)
try:
    print("format((3+0j), 'c')", repr(format((3+0j), 'c')))
except Exception as ex:
    print("format((3+0j), 'c')", type(ex).__name__, ex)
try:
    print("format((3+0j), '.3')", repr(format((3+0j), '.3')))
except Exception as ex:
    print("format((3+0j), '.3')", type(ex).__name__, ex)
try:
    print("format((3+0j), '#')", repr(format((3+0j), '#')))
except Exception as ex:
    print("format((3+0j), '#')", type(ex).__name__, ex)
try:
    print("format((3+0j), 'z.2f')", repr(format((3+0j), 'z.2f')))
except Exception as ex:
    print("format((3+0j), 'z.2f')", type(ex).__name__, ex)
try:
    print("format((3+0j), '+.4')", repr(format((3+0j), '+.4')))
except Exception as ex:
    print("format((3+0j), '+.4')", type(ex).__name__, ex)
try:
    print("format((3+0j), '*^15,.2f')", repr(format((3+0j), '*^15,.2f')))
except Exception as ex:
    print("format((3+0j), '*^15,.2f')", type(ex).__name__, ex)
try:
    print("format((3+0j), '-^9')", repr(format((3+0j), '-^9')))
except Exception as ex:
    print("format((3+0j), '-^9')", type(ex).__name__, ex)
try:
    print("format((3+0j), ' 8.1e')", repr(format((3+0j), ' 8.1e')))
except Exception as ex:
    print("format((3+0j), ' 8.1e')", type(ex).__name__, ex)
try:
    print("format(0j, '')", repr(format(0j, '')))
except Exception as ex:
    print("format(0j, '')", type(ex).__name__, ex)
try:
    print("format(0j, 'd')", repr(format(0j, 'd')))
except Exception as ex:
    print("format(0j, 'd')", type(ex).__name__, ex)
try:
    print("format(0j, 'x')", repr(format(0j, 'x')))
except Exception as ex:
    print("format(0j, 'x')", type(ex).__name__, ex)
try:
    print("format(0j, 'X')", repr(format(0j, 'X')))
except Exception as ex:
    print("format(0j, 'X')", type(ex).__name__, ex)
try:
    print("format(0j, 'o')", repr(format(0j, 'o')))
except Exception as ex:
    print("format(0j, 'o')", type(ex).__name__, ex)
try:
    print("format(0j, 'b')", repr(format(0j, 'b')))
except Exception as ex:
    print("format(0j, 'b')", type(ex).__name__, ex)
try:
    print("format(0j, '#x')", repr(format(0j, '#x')))
except Exception as ex:
    print("format(0j, '#x')", type(ex).__name__, ex)
try:
    print("format(0j, '#b')", repr(format(0j, '#b')))
except Exception as ex:
    print("format(0j, '#b')", type(ex).__name__, ex)
try:
    print("format(0j, ',')", repr(format(0j, ',')))
except Exception as ex:
    print("format(0j, ',')", type(ex).__name__, ex)
try:
    print("format(0j, '_')", repr(format(0j, '_')))
except Exception as ex:
    print("format(0j, '_')", type(ex).__name__, ex)
try:
    print("format(0j, '+')", repr(format(0j, '+')))
except Exception as ex:
    print("format(0j, '+')", type(ex).__name__, ex)
try:
    print("format(0j, ' ')", repr(format(0j, ' ')))
except Exception as ex:
    print("format(0j, ' ')", type(ex).__name__, ex)
try:
    print("format(0j, '>10')", repr(format(0j, '>10')))
except Exception as ex:
    print("format(0j, '>10')", type(ex).__name__, ex)
try:
    print("format(0j, '<10')", repr(format(0j, '<10')))
except Exception as ex:
    print("format(0j, '<10')", type(ex).__name__, ex)
try:
    print("format(0j, '^11')", repr(format(0j, '^11')))
except Exception as ex:
    print("format(0j, '^11')", type(ex).__name__, ex)
try:
    print("format(0j, '=+12')", repr(format(0j, '=+12')))
except Exception as ex:
    print("format(0j, '=+12')", type(ex).__name__, ex)
try:
    print("format(0j, '010')", repr(format(0j, '010')))
except Exception as ex:
    print("format(0j, '010')", type(ex).__name__, ex)
try:
    print("format(0j, '012,')", repr(format(0j, '012,')))
except Exception as ex:
    print("format(0j, '012,')", type(ex).__name__, ex)
try:
    print("format(0j, '0=14_')", repr(format(0j, '0=14_')))
except Exception as ex:
    print("format(0j, '0=14_')", type(ex).__name__, ex)
try:
    print("format(0j, 'e')", repr(format(0j, 'e')))
except Exception as ex:
    print("format(0j, 'e')", type(ex).__name__, ex)
try:
    print("format(0j, '.2e')", repr(format(0j, '.2e')))
except Exception as ex:
    print("format(0j, '.2e')", type(ex).__name__, ex)
try:
    print("format(0j, 'E')", repr(format(0j, 'E')))
except Exception as ex:
    print("format(0j, 'E')", type(ex).__name__, ex)
try:
    print("format(0j, 'f')", repr(format(0j, 'f')))
except Exception as ex:
    print("format(0j, 'f')", type(ex).__name__, ex)
try:
    print("format(0j, '.0f')", repr(format(0j, '.0f')))
except Exception as ex:
    print("format(0j, '.0f')", type(ex).__name__, ex)
try:
    print("format(0j, '.3f')", repr(format(0j, '.3f')))
except Exception as ex:
    print("format(0j, '.3f')", type(ex).__name__, ex)
try:
    print("format(0j, '#.0f')", repr(format(0j, '#.0f')))
except Exception as ex:
    print("format(0j, '#.0f')", type(ex).__name__, ex)
try:
    print("format(0j, 'g')", repr(format(0j, 'g')))
except Exception as ex:
    print("format(0j, 'g')", type(ex).__name__, ex)
try:
    print("format(0j, '.3g')", repr(format(0j, '.3g')))
except Exception as ex:
    print("format(0j, '.3g')", type(ex).__name__, ex)
try:
    print("format(0j, '#g')", repr(format(0j, '#g')))
except Exception as ex:
    print("format(0j, '#g')", type(ex).__name__, ex)
try:
    print("format(0j, 'G')", repr(format(0j, 'G')))
except Exception as ex:
    print("format(0j, 'G')", type(ex).__name__, ex)
try:
    print("format(0j, '.10g')", repr(format(0j, '.10g')))
except Exception as ex:
    print("format(0j, '.10g')", type(ex).__name__, ex)
try:
    print("format(0j, '%')", repr(format(0j, '%')))
except Exception as ex:
    print("format(0j, '%')", type(ex).__name__, ex)
try:
    print("format(0j, '.1%')", repr(format(0j, '.1%')))
except Exception as ex:
    print("format(0j, '.1%')", type(ex).__name__, ex)
try:
    print("format(0j, 'n')", repr(format(0j, 'n')))
except Exception as ex:
    print("format(0j, 'n')", type(ex).__name__, ex)
try:
    print("format(0j, 'c')", repr(format(0j, 'c')))
except Exception as ex:
    print("format(0j, 'c')", type(ex).__name__, ex)
try:
    print("format(0j, '.3')", repr(format(0j, '.3')))
except Exception as ex:
    print("format(0j, '.3')", type(ex).__name__, ex)
try:
    print("format(0j, '#')", repr(format(0j, '#')))
except Exception as ex:
    print("format(0j, '#')", type(ex).__name__, ex)
try:
    print("format(0j, 'z.2f')", repr(format(0j, 'z.2f')))
except Exception as ex:
    print("format(0j, 'z.2f')", type(ex).__name__, ex)
try:
    print("format(0j, '+.4')", repr(format(0j, '+.4')))
except Exception as ex:
    print("format(0j, '+.4')", type(ex).__name__, ex)
try:
    print("format(0j, '*^15,.2f')", repr(format(0j, '*^15,.2f')))
except Exception as ex:
    print("format(0j, '*^15,.2f')", type(ex).__name__, ex)
try:
    print("format(0j, '-^9')", repr(format(0j, '-^9')))
except Exception as ex:
    print("format(0j, '-^9')", type(ex).__name__, ex)
try:
    print("format(0j, ' 8.1e')", repr(format(0j, ' 8.1e')))
except Exception as ex:
    print("format(0j, ' 8.1e')", type(ex).__name__, ex)
try:
    print('(0).__round__(1)', repr((0).__round__(1)))
except Exception as ex:
    print('(0).__round__(1)', type(ex).__name__, ex)
try:
    print('round(0, 3)', repr(round(0, 3)))
except Exception as ex:
    print('round(0, 3)', type(ex).__name__, ex)
try:
    print('round(0, -2)', repr(round(0, -2)))
except Exception as ex:
    print('round(0, -2)', type(ex).__name__, ex)
try:
    print('int(0)', repr(int(0)))
except Exception as ex:
    print('int(0)', type(ex).__name__, ex)
try:
    print('float(0)', repr(float(0)))
except Exception as ex:
    print('float(0)', type(ex).__name__, ex)
try:
    print('complex(0)', repr(complex(0)))
except Exception as ex:
    print('complex(0)', type(ex).__name__, ex)
try:
    print('str(0)', repr(str(0)))
except Exception as ex:
    print('str(0)', type(ex).__name__, ex)
try:
    print('(0).__trunc__()', repr((0).__trunc__()))
except Exception as ex:
    print('(0).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod(0, 3)', repr(divmod(0, 3)))
except Exception as ex:
    print('divmod(0, 3)', type(ex).__name__, ex)
try:
    print('divmod(0, -0.5)', repr(divmod(0, -0.5)))
except Exception as ex:
    print('divmod(0, -0.5)', type(ex).__name__, ex)
try:
    print('(0) % 1', repr((0) % 1))
except Exception as ex:
    print('(0) % 1', type(ex).__name__, ex)
try:
    print('(0) // -3', repr((0) // -3))
except Exception as ex:
    print('(0) // -3', type(ex).__name__, ex)
try:
    print('(0) ** 2', repr((0) ** 2))
except Exception as ex:
    print('(0) ** 2', type(ex).__name__, ex)
try:
    print('(0) ** -1', repr((0) ** -1))
except Exception as ex:
    print('(0) ** -1', type(ex).__name__, ex)
try:
    print('hash(0)', repr(hash(0)))
except Exception as ex:
    print('hash(0)', type(ex).__name__, ex)
try:
    print('(0) == 5', repr((0) == 5))
except Exception as ex:
    print('(0) == 5', type(ex).__name__, ex)
try:
    print('(0).to_bytes(16, "little", signed=True)', repr((0).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('(0).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('(0).bit_count()', repr((0).bit_count()))
except Exception as ex:
    print('(0).bit_count()', type(ex).__name__, ex)
try:
    print('abs(0)', repr(abs(0)))
except Exception as ex:
    print('abs(0)', type(ex).__name__, ex)
try:
    print('(0) >> 3', repr((0) >> 3))
except Exception as ex:
    print('(0) >> 3', type(ex).__name__, ex)
try:
    print('(0) << 70', repr((0) << 70))
except Exception as ex:
    print('(0) << 70', type(ex).__name__, ex)
try:
    print('(0) ** 0.5', repr((0) ** 0.5))
except Exception as ex:
    print('(0) ** 0.5', type(ex).__name__, ex)
try:
    print('(5).__round__(1)', repr((5).__round__(1)))
except Exception as ex:
    print('(5).__round__(1)', type(ex).__name__, ex)
try:
    print('round(5, 3)', repr(round(5, 3)))
except Exception as ex:
    print('round(5, 3)', type(ex).__name__, ex)
try:
    print('round(5, -2)', repr(round(5, -2)))
except Exception as ex:
    print('round(5, -2)', type(ex).__name__, ex)
try:
    print('int(5)', repr(int(5)))
except Exception as ex:
    print('int(5)', type(ex).__name__, ex)
try:
    print('float(5)', repr(float(5)))
except Exception as ex:
    print('float(5)', type(ex).__name__, ex)
try:
    print('complex(5)', repr(complex(5)))
except Exception as ex:
    print('complex(5)', type(ex).__name__, ex)
try:
    print('str(5)', repr(str(5)))
except Exception as ex:
    print('str(5)', type(ex).__name__, ex)
try:
    print('(5).__trunc__()', repr((5).__trunc__()))
except Exception as ex:
    print('(5).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod(5, 3)', repr(divmod(5, 3)))
except Exception as ex:
    print('divmod(5, 3)', type(ex).__name__, ex)
try:
    print('divmod(5, -0.5)', repr(divmod(5, -0.5)))
except Exception as ex:
    print('divmod(5, -0.5)', type(ex).__name__, ex)
try:
    print('(5) % 1', repr((5) % 1))
except Exception as ex:
    print('(5) % 1', type(ex).__name__, ex)
try:
    print('(5) // -3', repr((5) // -3))
except Exception as ex:
    print('(5) // -3', type(ex).__name__, ex)
try:
    print('(5) ** 2', repr((5) ** 2))
except Exception as ex:
    print('(5) ** 2', type(ex).__name__, ex)
try:
    print('(5) ** -1', repr((5) ** -1))
except Exception as ex:
    print('(5) ** -1', type(ex).__name__, ex)
try:
    print('hash(5)', repr(hash(5)))
except Exception as ex:
    print('hash(5)', type(ex).__name__, ex)
try:
    print('(5) == 5', repr((5) == 5))
except Exception as ex:
    print('(5) == 5', type(ex).__name__, ex)
try:
    print('(5).to_bytes(16, "little", signed=True)', repr((5).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('(5).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('(5).bit_count()', repr((5).bit_count()))
except Exception as ex:
    print('(5).bit_count()', type(ex).__name__, ex)
try:
    print('abs(5)', repr(abs(5)))
except Exception as ex:
    print('abs(5)', type(ex).__name__, ex)
try:
    print('(5) >> 3', repr((5) >> 3))
except Exception as ex:
    print('(5) >> 3', type(ex).__name__, ex)
try:
    print('(5) << 70', repr((5) << 70))
except Exception as ex:
    print('(5) << 70', type(ex).__name__, ex)
try:
    print('(5) ** 0.5', repr((5) ** 0.5))
except Exception as ex:
    print('(5) ** 0.5', type(ex).__name__, ex)
try:
    print('(-5).__round__(1)', repr((-5).__round__(1)))
except Exception as ex:
    print('(-5).__round__(1)', type(ex).__name__, ex)
try:
    print('round(-5, 3)', repr(round(-5, 3)))
except Exception as ex:
    print('round(-5, 3)', type(ex).__name__, ex)
try:
    print('round(-5, -2)', repr(round(-5, -2)))
except Exception as ex:
    print('round(-5, -2)', type(ex).__name__, ex)
try:
    print('int(-5)', repr(int(-5)))
except Exception as ex:
    print('int(-5)', type(ex).__name__, ex)
try:
    print('float(-5)', repr(float(-5)))
except Exception as ex:
    print('float(-5)', type(ex).__name__, ex)
try:
    print('complex(-5)', repr(complex(-5)))
except Exception as ex:
    print('complex(-5)', type(ex).__name__, ex)
try:
    print('str(-5)', repr(str(-5)))
except Exception as ex:
    print('str(-5)', type(ex).__name__, ex)
try:
    print('(-5).__trunc__()', repr((-5).__trunc__()))
except Exception as ex:
    print('(-5).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod(-5, 3)', repr(divmod(-5, 3)))
except Exception as ex:
    print('divmod(-5, 3)', type(ex).__name__, ex)
try:
    print('divmod(-5, -0.5)', repr(divmod(-5, -0.5)))
except Exception as ex:
    print('divmod(-5, -0.5)', type(ex).__name__, ex)
try:
    print('(-5) % 1', repr((-5) % 1))
except Exception as ex:
    print('(-5) % 1', type(ex).__name__, ex)
try:
    print('(-5) // -3', repr((-5) // -3))
except Exception as ex:
    print('(-5) // -3', type(ex).__name__, ex)
try:
    print('(-5) ** 2', repr((-5) ** 2))
except Exception as ex:
    print('(-5) ** 2', type(ex).__name__, ex)
try:
    print('(-5) ** -1', repr((-5) ** -1))
except Exception as ex:
    print('(-5) ** -1', type(ex).__name__, ex)
try:
    print('hash(-5)', repr(hash(-5)))
except Exception as ex:
    print('hash(-5)', type(ex).__name__, ex)
try:
    print('(-5) == 5', repr((-5) == 5))
except Exception as ex:
    print('(-5) == 5', type(ex).__name__, ex)
try:
    print('(-5).to_bytes(16, "little", signed=True)', repr((-5).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('(-5).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('(-5).bit_count()', repr((-5).bit_count()))
except Exception as ex:
    print('(-5).bit_count()', type(ex).__name__, ex)
try:
    print('abs(-5)', repr(abs(-5)))
except Exception as ex:
    print('abs(-5)', type(ex).__name__, ex)
try:
    print('(-5) >> 3', repr((-5) >> 3))
except Exception as ex:
    print('(-5) >> 3', type(ex).__name__, ex)
try:
    print('(-5) << 70', repr((-5) << 70))
except Exception as ex:
    print('(-5) << 70', type(ex).__name__, ex)
try:
    print('(-5) ** 0.5', repr((-5) ** 0.5))
except Exception as ex:
    print('(-5) ** 0.5', type(ex).__name__, ex)
try:
    print('(255).__round__(1)', repr((255).__round__(1)))
except Exception as ex:
    print('(255).__round__(1)', type(ex).__name__, ex)
try:
    print('round(255, 3)', repr(round(255, 3)))
except Exception as ex:
    print('round(255, 3)', type(ex).__name__, ex)
try:
    print('round(255, -2)', repr(round(255, -2)))
except Exception as ex:
    print('round(255, -2)', type(ex).__name__, ex)
try:
    print('int(255)', repr(int(255)))
except Exception as ex:
    print('int(255)', type(ex).__name__, ex)
try:
    print('float(255)', repr(float(255)))
except Exception as ex:
    print('float(255)', type(ex).__name__, ex)
try:
    print('complex(255)', repr(complex(255)))
except Exception as ex:
    print('complex(255)', type(ex).__name__, ex)
try:
    print('str(255)', repr(str(255)))
except Exception as ex:
    print('str(255)', type(ex).__name__, ex)
try:
    print('(255).__trunc__()', repr((255).__trunc__()))
except Exception as ex:
    print('(255).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod(255, 3)', repr(divmod(255, 3)))
except Exception as ex:
    print('divmod(255, 3)', type(ex).__name__, ex)
try:
    print('divmod(255, -0.5)', repr(divmod(255, -0.5)))
except Exception as ex:
    print('divmod(255, -0.5)', type(ex).__name__, ex)
try:
    print('(255) % 1', repr((255) % 1))
except Exception as ex:
    print('(255) % 1', type(ex).__name__, ex)
try:
    print('(255) // -3', repr((255) // -3))
except Exception as ex:
    print('(255) // -3', type(ex).__name__, ex)
try:
    print('(255) ** 2', repr((255) ** 2))
except Exception as ex:
    print('(255) ** 2', type(ex).__name__, ex)
try:
    print('(255) ** -1', repr((255) ** -1))
except Exception as ex:
    print('(255) ** -1', type(ex).__name__, ex)
try:
    print('hash(255)', repr(hash(255)))
except Exception as ex:
    print('hash(255)', type(ex).__name__, ex)
try:
    print('(255) == 5', repr((255) == 5))
except Exception as ex:
    print('(255) == 5', type(ex).__name__, ex)
try:
    print('(255).to_bytes(16, "little", signed=True)', repr((255).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('(255).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('(255).bit_count()', repr((255).bit_count()))
except Exception as ex:
    print('(255).bit_count()', type(ex).__name__, ex)
try:
    print('abs(255)', repr(abs(255)))
except Exception as ex:
    print('abs(255)', type(ex).__name__, ex)
try:
    print('(255) >> 3', repr((255) >> 3))
except Exception as ex:
    print('(255) >> 3', type(ex).__name__, ex)
try:
    print('(255) << 70', repr((255) << 70))
except Exception as ex:
    print('(255) << 70', type(ex).__name__, ex)
try:
    print('(255) ** 0.5', repr((255) ** 0.5))
except Exception as ex:
    print('(255) ** 0.5', type(ex).__name__, ex)
try:
    print('(-256).__round__(1)', repr((-256).__round__(1)))
except Exception as ex:
    print('(-256).__round__(1)', type(ex).__name__, ex)
try:
    print('round(-256, 3)', repr(round(-256, 3)))
except Exception as ex:
    print('round(-256, 3)', type(ex).__name__, ex)
try:
    print('round(-256, -2)', repr(round(-256, -2)))
except Exception as ex:
    print('round(-256, -2)', type(ex).__name__, ex)
try:
    print('int(-256)', repr(int(-256)))
except Exception as ex:
    print('int(-256)', type(ex).__name__, ex)
try:
    print('float(-256)', repr(float(-256)))
except Exception as ex:
    print('float(-256)', type(ex).__name__, ex)
try:
    print('complex(-256)', repr(complex(-256)))
except Exception as ex:
    print('complex(-256)', type(ex).__name__, ex)
try:
    print('str(-256)', repr(str(-256)))
except Exception as ex:
    print('str(-256)', type(ex).__name__, ex)
try:
    print('(-256).__trunc__()', repr((-256).__trunc__()))
except Exception as ex:
    print('(-256).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod(-256, 3)', repr(divmod(-256, 3)))
except Exception as ex:
    print('divmod(-256, 3)', type(ex).__name__, ex)
try:
    print('divmod(-256, -0.5)', repr(divmod(-256, -0.5)))
except Exception as ex:
    print('divmod(-256, -0.5)', type(ex).__name__, ex)
try:
    print('(-256) % 1', repr((-256) % 1))
except Exception as ex:
    print('(-256) % 1', type(ex).__name__, ex)
try:
    print('(-256) // -3', repr((-256) // -3))
except Exception as ex:
    print('(-256) // -3', type(ex).__name__, ex)
try:
    print('(-256) ** 2', repr((-256) ** 2))
except Exception as ex:
    print('(-256) ** 2', type(ex).__name__, ex)
try:
    print('(-256) ** -1', repr((-256) ** -1))
except Exception as ex:
    print('(-256) ** -1', type(ex).__name__, ex)
try:
    print('hash(-256)', repr(hash(-256)))
except Exception as ex:
    print('hash(-256)', type(ex).__name__, ex)
try:
    print('(-256) == 5', repr((-256) == 5))
except Exception as ex:
    print('(-256) == 5', type(ex).__name__, ex)
try:
    print('(-256).to_bytes(16, "little", signed=True)', repr((-256).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('(-256).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('(-256).bit_count()', repr((-256).bit_count()))
except Exception as ex:
    print('(-256).bit_count()', type(ex).__name__, ex)
try:
    print('abs(-256)', repr(abs(-256)))
except Exception as ex:
    print('abs(-256)', type(ex).__name__, ex)
try:
    print('(-256) >> 3', repr((-256) >> 3))
except Exception as ex:
    print('(-256) >> 3', type(ex).__name__, ex)
try:
    print('(-256) << 70', repr((-256) << 70))
except Exception as ex:
    print('(-256) << 70', type(ex).__name__, ex)
try:
    print('(-256) ** 0.5', repr((-256) ** 0.5))
except Exception as ex:
    print('(-256) ** 0.5', type(ex).__name__, ex)
try:
    print('(2**48-1).__round__(1)', repr((2**48-1).__round__(1)))
except Exception as ex:
    print('(2**48-1).__round__(1)', type(ex).__name__, ex)
try:
    print('round(2**48-1, 3)', repr(round(2**48-1, 3)))
except Exception as ex:
    print('round(2**48-1, 3)', type(ex).__name__, ex)
try:
    print('round(2**48-1, -2)', repr(round(2**48-1, -2)))
except Exception as ex:
    print('round(2**48-1, -2)', type(ex).__name__, ex)
try:
    print('int(2**48-1)', repr(int(2**48-1)))
except Exception as ex:
    print('int(2**48-1)', type(ex).__name__, ex)
try:
    print('float(2**48-1)', repr(float(2**48-1)))
except Exception as ex:
    print('float(2**48-1)', type(ex).__name__, ex)
try:
    print('complex(2**48-1)', repr(complex(2**48-1)))
except Exception as ex:
    print('complex(2**48-1)', type(ex).__name__, ex)
try:
    print('str(2**48-1)', repr(str(2**48-1)))
except Exception as ex:
    print('str(2**48-1)', type(ex).__name__, ex)
try:
    print('(2**48-1).__trunc__()', repr((2**48-1).__trunc__()))
except Exception as ex:
    print('(2**48-1).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod(2**48-1, 3)', repr(divmod(2**48-1, 3)))
except Exception as ex:
    print('divmod(2**48-1, 3)', type(ex).__name__, ex)
try:
    print('divmod(2**48-1, -0.5)', repr(divmod(2**48-1, -0.5)))
except Exception as ex:
    print('divmod(2**48-1, -0.5)', type(ex).__name__, ex)
try:
    print('(2**48-1) % 1', repr((2**48-1) % 1))
except Exception as ex:
    print('(2**48-1) % 1', type(ex).__name__, ex)
try:
    print('(2**48-1) // -3', repr((2**48-1) // -3))
except Exception as ex:
    print('(2**48-1) // -3', type(ex).__name__, ex)
try:
    print('(2**48-1) ** 2', repr((2**48-1) ** 2))
except Exception as ex:
    print('(2**48-1) ** 2', type(ex).__name__, ex)
try:
    print('(2**48-1) ** -1', repr((2**48-1) ** -1))
except Exception as ex:
    print('(2**48-1) ** -1', type(ex).__name__, ex)
try:
    print('hash(2**48-1)', repr(hash(2**48-1)))
except Exception as ex:
    print('hash(2**48-1)', type(ex).__name__, ex)
try:
    print('(2**48-1) == 5', repr((2**48-1) == 5))
except Exception as ex:
    print('(2**48-1) == 5', type(ex).__name__, ex)
try:
    print('(2**48-1).to_bytes(16, "little", signed=True)', repr((2**48-1).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('(2**48-1).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('(2**48-1).bit_count()', repr((2**48-1).bit_count()))
except Exception as ex:
    print('(2**48-1).bit_count()', type(ex).__name__, ex)
try:
    print('abs(2**48-1)', repr(abs(2**48-1)))
except Exception as ex:
    print('abs(2**48-1)', type(ex).__name__, ex)
try:
    print('(2**48-1) >> 3', repr((2**48-1) >> 3))
except Exception as ex:
    print('(2**48-1) >> 3', type(ex).__name__, ex)
try:
    print('(2**48-1) << 70', repr((2**48-1) << 70))
except Exception as ex:
    print('(2**48-1) << 70', type(ex).__name__, ex)
try:
    print('(2**48-1) ** 0.5', repr((2**48-1) ** 0.5))
except Exception as ex:
    print('(2**48-1) ** 0.5', type(ex).__name__, ex)
try:
    print('(2**48).__round__(1)', repr((2**48).__round__(1)))
except Exception as ex:
    print('(2**48).__round__(1)', type(ex).__name__, ex)
try:
    print('round(2**48, 3)', repr(round(2**48, 3)))
except Exception as ex:
    print('round(2**48, 3)', type(ex).__name__, ex)
try:
    print('round(2**48, -2)', repr(round(2**48, -2)))
except Exception as ex:
    print('round(2**48, -2)', type(ex).__name__, ex)
try:
    print('int(2**48)', repr(int(2**48)))
except Exception as ex:
    print('int(2**48)', type(ex).__name__, ex)
try:
    print('float(2**48)', repr(float(2**48)))
except Exception as ex:
    print('float(2**48)', type(ex).__name__, ex)
try:
    print('complex(2**48)', repr(complex(2**48)))
except Exception as ex:
    print('complex(2**48)', type(ex).__name__, ex)
try:
    print('str(2**48)', repr(str(2**48)))
except Exception as ex:
    print('str(2**48)', type(ex).__name__, ex)
try:
    print('(2**48).__trunc__()', repr((2**48).__trunc__()))
except Exception as ex:
    print('(2**48).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod(2**48, 3)', repr(divmod(2**48, 3)))
except Exception as ex:
    print('divmod(2**48, 3)', type(ex).__name__, ex)
try:
    print('divmod(2**48, -0.5)', repr(divmod(2**48, -0.5)))
except Exception as ex:
    print('divmod(2**48, -0.5)', type(ex).__name__, ex)
try:
    print('(2**48) % 1', repr((2**48) % 1))
except Exception as ex:
    print('(2**48) % 1', type(ex).__name__, ex)
try:
    print('(2**48) // -3', repr((2**48) // -3))
except Exception as ex:
    print('(2**48) // -3', type(ex).__name__, ex)
try:
    print('(2**48) ** 2', repr((2**48) ** 2))
except Exception as ex:
    print('(2**48) ** 2', type(ex).__name__, ex)
try:
    print('(2**48) ** -1', repr((2**48) ** -1))
except Exception as ex:
    print('(2**48) ** -1', type(ex).__name__, ex)
try:
    print('hash(2**48)', repr(hash(2**48)))
except Exception as ex:
    print('hash(2**48)', type(ex).__name__, ex)
try:
    print('(2**48) == 5', repr((2**48) == 5))
except Exception as ex:
    print('(2**48) == 5', type(ex).__name__, ex)
try:
    print('(2**48).to_bytes(16, "little", signed=True)', repr((2**48).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('(2**48).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('(2**48).bit_count()', repr((2**48).bit_count()))
except Exception as ex:
    print('(2**48).bit_count()', type(ex).__name__, ex)
try:
    print('abs(2**48)', repr(abs(2**48)))
except Exception as ex:
    print('abs(2**48)', type(ex).__name__, ex)
try:
    print('(2**48) >> 3', repr((2**48) >> 3))
except Exception as ex:
    print('(2**48) >> 3', type(ex).__name__, ex)
try:
    print('(2**48) << 70', repr((2**48) << 70))
except Exception as ex:
    print('(2**48) << 70', type(ex).__name__, ex)
try:
    print('(2**48) ** 0.5', repr((2**48) ** 0.5))
except Exception as ex:
    print('(2**48) ** 0.5', type(ex).__name__, ex)
try:
    print('(-2**48-1).__round__(1)', repr((-2**48-1).__round__(1)))
except Exception as ex:
    print('(-2**48-1).__round__(1)', type(ex).__name__, ex)
try:
    print('round(-2**48-1, 3)', repr(round(-2**48-1, 3)))
except Exception as ex:
    print('round(-2**48-1, 3)', type(ex).__name__, ex)
try:
    print('round(-2**48-1, -2)', repr(round(-2**48-1, -2)))
except Exception as ex:
    print('round(-2**48-1, -2)', type(ex).__name__, ex)
try:
    print('int(-2**48-1)', repr(int(-2**48-1)))
except Exception as ex:
    print('int(-2**48-1)', type(ex).__name__, ex)
try:
    print('float(-2**48-1)', repr(float(-2**48-1)))
except Exception as ex:
    print('float(-2**48-1)', type(ex).__name__, ex)
try:
    print('complex(-2**48-1)', repr(complex(-2**48-1)))
except Exception as ex:
    print('complex(-2**48-1)', type(ex).__name__, ex)
try:
    print('str(-2**48-1)', repr(str(-2**48-1)))
except Exception as ex:
    print('str(-2**48-1)', type(ex).__name__, ex)
try:
    print('(-2**48-1).__trunc__()', repr((-2**48-1).__trunc__()))
except Exception as ex:
    print('(-2**48-1).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod(-2**48-1, 3)', repr(divmod(-2**48-1, 3)))
except Exception as ex:
    print('divmod(-2**48-1, 3)', type(ex).__name__, ex)
try:
    print('divmod(-2**48-1, -0.5)', repr(divmod(-2**48-1, -0.5)))
except Exception as ex:
    print('divmod(-2**48-1, -0.5)', type(ex).__name__, ex)
try:
    print('(-2**48-1) % 1', repr((-2**48-1) % 1))
except Exception as ex:
    print('(-2**48-1) % 1', type(ex).__name__, ex)
try:
    print('(-2**48-1) // -3', repr((-2**48-1) // -3))
except Exception as ex:
    print('(-2**48-1) // -3', type(ex).__name__, ex)
try:
    print('(-2**48-1) ** 2', repr((-2**48-1) ** 2))
except Exception as ex:
    print('(-2**48-1) ** 2', type(ex).__name__, ex)
try:
    print('(-2**48-1) ** -1', repr((-2**48-1) ** -1))
except Exception as ex:
    print('(-2**48-1) ** -1', type(ex).__name__, ex)
try:
    print('hash(-2**48-1)', repr(hash(-2**48-1)))
except Exception as ex:
    print('hash(-2**48-1)', type(ex).__name__, ex)
try:
    print('(-2**48-1) == 5', repr((-2**48-1) == 5))
except Exception as ex:
    print('(-2**48-1) == 5', type(ex).__name__, ex)
try:
    print('(-2**48-1).to_bytes(16, "little", signed=True)', repr((-2**48-1).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('(-2**48-1).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('(-2**48-1).bit_count()', repr((-2**48-1).bit_count()))
except Exception as ex:
    print('(-2**48-1).bit_count()', type(ex).__name__, ex)
try:
    print('abs(-2**48-1)', repr(abs(-2**48-1)))
except Exception as ex:
    print('abs(-2**48-1)', type(ex).__name__, ex)
try:
    print('(-2**48-1) >> 3', repr((-2**48-1) >> 3))
except Exception as ex:
    print('(-2**48-1) >> 3', type(ex).__name__, ex)
try:
    print('(-2**48-1) << 70', repr((-2**48-1) << 70))
except Exception as ex:
    print('(-2**48-1) << 70', type(ex).__name__, ex)
try:
    print('(-2**48-1) ** 0.5', repr((-2**48-1) ** 0.5))
except Exception as ex:
    print('(-2**48-1) ** 0.5', type(ex).__name__, ex)
try:
    print('(2**70+3).__round__(1)', repr((2**70+3).__round__(1)))
except Exception as ex:
    print('(2**70+3).__round__(1)', type(ex).__name__, ex)
try:
    print('round(2**70+3, 3)', repr(round(2**70+3, 3)))
except Exception as ex:
    print('round(2**70+3, 3)', type(ex).__name__, ex)
try:
    print('round(2**70+3, -2)', repr(round(2**70+3, -2)))
except Exception as ex:
    print('round(2**70+3, -2)', type(ex).__name__, ex)
try:
    print('int(2**70+3)', repr(int(2**70+3)))
except Exception as ex:
    print('int(2**70+3)', type(ex).__name__, ex)
try:
    print('float(2**70+3)', repr(float(2**70+3)))
except Exception as ex:
    print('float(2**70+3)', type(ex).__name__, ex)
try:
    print('complex(2**70+3)', repr(complex(2**70+3)))
except Exception as ex:
    print('complex(2**70+3)', type(ex).__name__, ex)
try:
    print('str(2**70+3)', repr(str(2**70+3)))
except Exception as ex:
    print('str(2**70+3)', type(ex).__name__, ex)
try:
    print('(2**70+3).__trunc__()', repr((2**70+3).__trunc__()))
except Exception as ex:
    print('(2**70+3).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod(2**70+3, 3)', repr(divmod(2**70+3, 3)))
except Exception as ex:
    print('divmod(2**70+3, 3)', type(ex).__name__, ex)
try:
    print('divmod(2**70+3, -0.5)', repr(divmod(2**70+3, -0.5)))
except Exception as ex:
    print('divmod(2**70+3, -0.5)', type(ex).__name__, ex)
try:
    print('(2**70+3) % 1', repr((2**70+3) % 1))
except Exception as ex:
    print('(2**70+3) % 1', type(ex).__name__, ex)
try:
    print('(2**70+3) // -3', repr((2**70+3) // -3))
except Exception as ex:
    print('(2**70+3) // -3', type(ex).__name__, ex)
try:
    print('(2**70+3) ** 2', repr((2**70+3) ** 2))
except Exception as ex:
    print('(2**70+3) ** 2', type(ex).__name__, ex)
try:
    print('(2**70+3) ** -1', repr((2**70+3) ** -1))
except Exception as ex:
    print('(2**70+3) ** -1', type(ex).__name__, ex)
try:
    print('hash(2**70+3)', repr(hash(2**70+3)))
except Exception as ex:
    print('hash(2**70+3)', type(ex).__name__, ex)
try:
    print('(2**70+3) == 5', repr((2**70+3) == 5))
except Exception as ex:
    print('(2**70+3) == 5', type(ex).__name__, ex)
try:
    print('(2**70+3).to_bytes(16, "little", signed=True)', repr((2**70+3).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('(2**70+3).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('(2**70+3).bit_count()', repr((2**70+3).bit_count()))
except Exception as ex:
    print('(2**70+3).bit_count()', type(ex).__name__, ex)
try:
    print('abs(2**70+3)', repr(abs(2**70+3)))
except Exception as ex:
    print('abs(2**70+3)', type(ex).__name__, ex)
try:
    print('(2**70+3) >> 3', repr((2**70+3) >> 3))
except Exception as ex:
    print('(2**70+3) >> 3', type(ex).__name__, ex)
try:
    print('(2**70+3) << 70', repr((2**70+3) << 70))
except Exception as ex:
    print('(2**70+3) << 70', type(ex).__name__, ex)
try:
    print('(2**70+3) ** 0.5', repr((2**70+3) ** 0.5))
except Exception as ex:
    print('(2**70+3) ** 0.5', type(ex).__name__, ex)
try:
    print('(-(10**30)).__round__(1)', repr((-(10**30)).__round__(1)))
except Exception as ex:
    print('(-(10**30)).__round__(1)', type(ex).__name__, ex)
try:
    print('round(-(10**30), 3)', repr(round(-(10**30), 3)))
except Exception as ex:
    print('round(-(10**30), 3)', type(ex).__name__, ex)
try:
    print('round(-(10**30), -2)', repr(round(-(10**30), -2)))
except Exception as ex:
    print('round(-(10**30), -2)', type(ex).__name__, ex)
try:
    print('int(-(10**30))', repr(int(-(10**30))))
except Exception as ex:
    print('int(-(10**30))', type(ex).__name__, ex)
try:
    print('float(-(10**30))', repr(float(-(10**30))))
except Exception as ex:
    print('float(-(10**30))', type(ex).__name__, ex)
try:
    print('complex(-(10**30))', repr(complex(-(10**30))))
except Exception as ex:
    print('complex(-(10**30))', type(ex).__name__, ex)
try:
    print('str(-(10**30))', repr(str(-(10**30))))
except Exception as ex:
    print('str(-(10**30))', type(ex).__name__, ex)
try:
    print('(-(10**30)).__trunc__()', repr((-(10**30)).__trunc__()))
except Exception as ex:
    print('(-(10**30)).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod(-(10**30), 3)', repr(divmod(-(10**30), 3)))
except Exception as ex:
    print('divmod(-(10**30), 3)', type(ex).__name__, ex)
try:
    print('divmod(-(10**30), -0.5)', repr(divmod(-(10**30), -0.5)))
except Exception as ex:
    print('divmod(-(10**30), -0.5)', type(ex).__name__, ex)
try:
    print('(-(10**30)) % 1', repr((-(10**30)) % 1))
except Exception as ex:
    print('(-(10**30)) % 1', type(ex).__name__, ex)
try:
    print('(-(10**30)) // -3', repr((-(10**30)) // -3))
except Exception as ex:
    print('(-(10**30)) // -3', type(ex).__name__, ex)
try:
    print('(-(10**30)) ** 2', repr((-(10**30)) ** 2))
except Exception as ex:
    print('(-(10**30)) ** 2', type(ex).__name__, ex)
try:
    print('(-(10**30)) ** -1', repr((-(10**30)) ** -1))
except Exception as ex:
    print('(-(10**30)) ** -1', type(ex).__name__, ex)
try:
    print('hash(-(10**30))', repr(hash(-(10**30))))
except Exception as ex:
    print('hash(-(10**30))', type(ex).__name__, ex)
try:
    print('(-(10**30)) == 5', repr((-(10**30)) == 5))
except Exception as ex:
    print('(-(10**30)) == 5', type(ex).__name__, ex)
try:
    print('(-(10**30)).to_bytes(16, "little", signed=True)', repr((-(10**30)).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('(-(10**30)).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('(-(10**30)).bit_count()', repr((-(10**30)).bit_count()))
except Exception as ex:
    print('(-(10**30)).bit_count()', type(ex).__name__, ex)
try:
    print('abs(-(10**30))', repr(abs(-(10**30))))
except Exception as ex:
    print('abs(-(10**30))', type(ex).__name__, ex)
try:
    print('(-(10**30)) >> 3', repr((-(10**30)) >> 3))
except Exception as ex:
    print('(-(10**30)) >> 3', type(ex).__name__, ex)
try:
    print('(-(10**30)) << 70', repr((-(10**30)) << 70))
except Exception as ex:
    print('(-(10**30)) << 70', type(ex).__name__, ex)
try:
    print('(-(10**30)) ** 0.5', repr((-(10**30)) ** 0.5))
except Exception as ex:
    print('(-(10**30)) ** 0.5', type(ex).__name__, ex)
try:
    print('(True).__round__(1)', repr((True).__round__(1)))
except Exception as ex:
    print('(True).__round__(1)', type(ex).__name__, ex)
try:
    print('round(True, 3)', repr(round(True, 3)))
except Exception as ex:
    print('round(True, 3)', type(ex).__name__, ex)
try:
    print('round(True, -2)', repr(round(True, -2)))
except Exception as ex:
    print('round(True, -2)', type(ex).__name__, ex)
try:
    print('int(True)', repr(int(True)))
except Exception as ex:
    print('int(True)', type(ex).__name__, ex)
try:
    print('float(True)', repr(float(True)))
except Exception as ex:
    print('float(True)', type(ex).__name__, ex)
try:
    print('complex(True)', repr(complex(True)))
except Exception as ex:
    print('complex(True)', type(ex).__name__, ex)
try:
    print('str(True)', repr(str(True)))
except Exception as ex:
    print('str(True)', type(ex).__name__, ex)
try:
    print('(True).__trunc__()', repr((True).__trunc__()))
except Exception as ex:
    print('(True).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod(True, 3)', repr(divmod(True, 3)))
except Exception as ex:
    print('divmod(True, 3)', type(ex).__name__, ex)
try:
    print('divmod(True, -0.5)', repr(divmod(True, -0.5)))
except Exception as ex:
    print('divmod(True, -0.5)', type(ex).__name__, ex)
try:
    print('(True) % 1', repr((True) % 1))
except Exception as ex:
    print('(True) % 1', type(ex).__name__, ex)
try:
    print('(True) // -3', repr((True) // -3))
except Exception as ex:
    print('(True) // -3', type(ex).__name__, ex)
try:
    print('(True) ** 2', repr((True) ** 2))
except Exception as ex:
    print('(True) ** 2', type(ex).__name__, ex)
try:
    print('(True) ** -1', repr((True) ** -1))
except Exception as ex:
    print('(True) ** -1', type(ex).__name__, ex)
try:
    print('hash(True)', repr(hash(True)))
except Exception as ex:
    print('hash(True)', type(ex).__name__, ex)
try:
    print('(True) == 5', repr((True) == 5))
except Exception as ex:
    print('(True) == 5', type(ex).__name__, ex)
try:
    print('(True).to_bytes(16, "little", signed=True)', repr((True).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('(True).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('(True).bit_count()', repr((True).bit_count()))
except Exception as ex:
    print('(True).bit_count()', type(ex).__name__, ex)
try:
    print('abs(True)', repr(abs(True)))
except Exception as ex:
    print('abs(True)', type(ex).__name__, ex)
try:
    print('(True) >> 3', repr((True) >> 3))
except Exception as ex:
    print('(True) >> 3', type(ex).__name__, ex)
try:
    print('(True) << 70', repr((True) << 70))
except Exception as ex:
    print('(True) << 70', type(ex).__name__, ex)
try:
    print('(True) ** 0.5', repr((True) ** 0.5))
except Exception as ex:
    print('(True) ** 0.5', type(ex).__name__, ex)
try:
    print('(1.5).__round__(1)', repr((1.5).__round__(1)))
except Exception as ex:
    print('(1.5).__round__(1)', type(ex).__name__, ex)
try:
    print('round(1.5, 3)', repr(round(1.5, 3)))
except Exception as ex:
    print('round(1.5, 3)', type(ex).__name__, ex)
try:
    print('round(1.5, -2)', repr(round(1.5, -2)))
except Exception as ex:
    print('round(1.5, -2)', type(ex).__name__, ex)
try:
    print('int(1.5)', repr(int(1.5)))
except Exception as ex:
    print('int(1.5)', type(ex).__name__, ex)
try:
    print('float(1.5)', repr(float(1.5)))
except Exception as ex:
    print('float(1.5)', type(ex).__name__, ex)
try:
    print('complex(1.5)', repr(complex(1.5)))
except Exception as ex:
    print('complex(1.5)', type(ex).__name__, ex)
try:
    print('str(1.5)', repr(str(1.5)))
except Exception as ex:
    print('str(1.5)', type(ex).__name__, ex)
try:
    print('(1.5).__trunc__()', repr((1.5).__trunc__()))
except Exception as ex:
    print('(1.5).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod(1.5, 3)', repr(divmod(1.5, 3)))
except Exception as ex:
    print('divmod(1.5, 3)', type(ex).__name__, ex)
try:
    print('divmod(1.5, -0.5)', repr(divmod(1.5, -0.5)))
except Exception as ex:
    print('divmod(1.5, -0.5)', type(ex).__name__, ex)
try:
    print('(1.5) % 1', repr((1.5) % 1))
except Exception as ex:
    print('(1.5) % 1', type(ex).__name__, ex)
try:
    print('(1.5) // -3', repr((1.5) // -3))
except Exception as ex:
    print('(1.5) // -3', type(ex).__name__, ex)
try:
    print('(1.5) ** 2', repr((1.5) ** 2))
except Exception as ex:
    print('(1.5) ** 2', type(ex).__name__, ex)
try:
    print('(1.5) ** -1', repr((1.5) ** -1))
except Exception as ex:
    print('(1.5) ** -1', type(ex).__name__, ex)
try:
    print('hash(1.5)', repr(hash(1.5)))
except Exception as ex:
    print('hash(1.5)', type(ex).__name__, ex)
try:
    print('(1.5) == 5', repr((1.5) == 5))
except Exception as ex:
    print('(1.5) == 5', type(ex).__name__, ex)
try:
    print('(1.5).to_bytes(16, "little", signed=True)', repr((1.5).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('(1.5).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('(1.5).bit_count()', repr((1.5).bit_count()))
except Exception as ex:
    print('(1.5).bit_count()', type(ex).__name__, ex)
try:
    print('abs(1.5)', repr(abs(1.5)))
except Exception as ex:
    print('abs(1.5)', type(ex).__name__, ex)
try:
    print('(1.5) >> 3', repr((1.5) >> 3))
except Exception as ex:
    print('(1.5) >> 3', type(ex).__name__, ex)
try:
    print('(1.5) << 70', repr((1.5) << 70))
except Exception as ex:
    print('(1.5) << 70', type(ex).__name__, ex)
try:
    print('(1.5) ** 0.5', repr((1.5) ** 0.5))
except Exception as ex:
    print('(1.5) ** 0.5', type(ex).__name__, ex)
try:
    print('(-0.0).__round__(1)', repr((-0.0).__round__(1)))
except Exception as ex:
    print('(-0.0).__round__(1)', type(ex).__name__, ex)
try:
    print('round(-0.0, 3)', repr(round(-0.0, 3)))
except Exception as ex:
    print('round(-0.0, 3)', type(ex).__name__, ex)
try:
    print('round(-0.0, -2)', repr(round(-0.0, -2)))
except Exception as ex:
    print('round(-0.0, -2)', type(ex).__name__, ex)
try:
    print('int(-0.0)', repr(int(-0.0)))
except Exception as ex:
    print('int(-0.0)', type(ex).__name__, ex)
try:
    print('float(-0.0)', repr(float(-0.0)))
except Exception as ex:
    print('float(-0.0)', type(ex).__name__, ex)
try:
    print('complex(-0.0)', repr(complex(-0.0)))
except Exception as ex:
    print('complex(-0.0)', type(ex).__name__, ex)
try:
    print('str(-0.0)', repr(str(-0.0)))
except Exception as ex:
    print('str(-0.0)', type(ex).__name__, ex)
try:
    print('(-0.0).__trunc__()', repr((-0.0).__trunc__()))
except Exception as ex:
    print('(-0.0).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod(-0.0, 3)', repr(divmod(-0.0, 3)))
except Exception as ex:
    print('divmod(-0.0, 3)', type(ex).__name__, ex)
try:
    print('divmod(-0.0, -0.5)', repr(divmod(-0.0, -0.5)))
except Exception as ex:
    print('divmod(-0.0, -0.5)', type(ex).__name__, ex)
try:
    print('(-0.0) % 1', repr((-0.0) % 1))
except Exception as ex:
    print('(-0.0) % 1', type(ex).__name__, ex)
try:
    print('(-0.0) // -3', repr((-0.0) // -3))
except Exception as ex:
    print('(-0.0) // -3', type(ex).__name__, ex)
try:
    print('(-0.0) ** 2', repr((-0.0) ** 2))
except Exception as ex:
    print('(-0.0) ** 2', type(ex).__name__, ex)
try:
    print('(-0.0) ** -1', repr((-0.0) ** -1))
except Exception as ex:
    print('(-0.0) ** -1', type(ex).__name__, ex)
try:
    print('hash(-0.0)', repr(hash(-0.0)))
except Exception as ex:
    print('hash(-0.0)', type(ex).__name__, ex)
try:
    print('(-0.0) == 5', repr((-0.0) == 5))
except Exception as ex:
    print('(-0.0) == 5', type(ex).__name__, ex)
try:
    print('(-0.0).to_bytes(16, "little", signed=True)', repr((-0.0).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('(-0.0).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('(-0.0).bit_count()', repr((-0.0).bit_count()))
except Exception as ex:
    print('(-0.0).bit_count()', type(ex).__name__, ex)
try:
    print('abs(-0.0)', repr(abs(-0.0)))
except Exception as ex:
    print('abs(-0.0)', type(ex).__name__, ex)
try:
    print('(-0.0) >> 3', repr((-0.0) >> 3))
except Exception as ex:
    print('(-0.0) >> 3', type(ex).__name__, ex)
try:
    print('(-0.0) << 70', repr((-0.0) << 70))
except Exception as ex:
    print('(-0.0) << 70', type(ex).__name__, ex)
try:
    print('(-0.0) ** 0.5', repr((-0.0) ** 0.5))
except Exception as ex:
    print('(-0.0) ** 0.5', type(ex).__name__, ex)
try:
    print('(2.675).__round__(1)', repr((2.675).__round__(1)))
except Exception as ex:
    print('(2.675).__round__(1)', type(ex).__name__, ex)
try:
    print('round(2.675, 3)', repr(round(2.675, 3)))
except Exception as ex:
    print('round(2.675, 3)', type(ex).__name__, ex)
try:
    print('round(2.675, -2)', repr(round(2.675, -2)))
except Exception as ex:
    print('round(2.675, -2)', type(ex).__name__, ex)
try:
    print('int(2.675)', repr(int(2.675)))
except Exception as ex:
    print('int(2.675)', type(ex).__name__, ex)
try:
    print('float(2.675)', repr(float(2.675)))
except Exception as ex:
    print('float(2.675)', type(ex).__name__, ex)
try:
    print('complex(2.675)', repr(complex(2.675)))
except Exception as ex:
    print('complex(2.675)', type(ex).__name__, ex)
try:
    print('str(2.675)', repr(str(2.675)))
except Exception as ex:
    print('str(2.675)', type(ex).__name__, ex)
try:
    print('(2.675).__trunc__()', repr((2.675).__trunc__()))
except Exception as ex:
    print('(2.675).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod(2.675, 3)', repr(divmod(2.675, 3)))
except Exception as ex:
    print('divmod(2.675, 3)', type(ex).__name__, ex)
try:
    print('divmod(2.675, -0.5)', repr(divmod(2.675, -0.5)))
except Exception as ex:
    print('divmod(2.675, -0.5)', type(ex).__name__, ex)
try:
    print('(2.675) % 1', repr((2.675) % 1))
except Exception as ex:
    print('(2.675) % 1', type(ex).__name__, ex)
try:
    print('(2.675) // -3', repr((2.675) // -3))
except Exception as ex:
    print('(2.675) // -3', type(ex).__name__, ex)
try:
    print('(2.675) ** 2', repr((2.675) ** 2))
except Exception as ex:
    print('(2.675) ** 2', type(ex).__name__, ex)
try:
    print('(2.675) ** -1', repr((2.675) ** -1))
except Exception as ex:
    print('(2.675) ** -1', type(ex).__name__, ex)
try:
    print('hash(2.675)', repr(hash(2.675)))
except Exception as ex:
    print('hash(2.675)', type(ex).__name__, ex)
try:
    print('(2.675) == 5', repr((2.675) == 5))
except Exception as ex:
    print('(2.675) == 5', type(ex).__name__, ex)
try:
    print('(2.675).to_bytes(16, "little", signed=True)', repr((2.675).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('(2.675).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('(2.675).bit_count()', repr((2.675).bit_count()))
except Exception as ex:
    print('(2.675).bit_count()', type(ex).__name__, ex)
try:
    print('abs(2.675)', repr(abs(2.675)))
except Exception as ex:
    print('abs(2.675)', type(ex).__name__, ex)
try:
    print('(2.675) >> 3', repr((2.675) >> 3))
except Exception as ex:
    print('(2.675) >> 3', type(ex).__name__, ex)
try:
    print('(2.675) << 70', repr((2.675) << 70))
except Exception as ex:
    print('(2.675) << 70', type(ex).__name__, ex)
try:
    print('(2.675) ** 0.5', repr((2.675) ** 0.5))
except Exception as ex:
    print('(2.675) ** 0.5', type(ex).__name__, ex)
try:
    print('(1e22).__round__(1)', repr((1e22).__round__(1)))
except Exception as ex:
    print('(1e22).__round__(1)', type(ex).__name__, ex)
try:
    print('round(1e22, 3)', repr(round(1e22, 3)))
except Exception as ex:
    print('round(1e22, 3)', type(ex).__name__, ex)
try:
    print('round(1e22, -2)', repr(round(1e22, -2)))
except Exception as ex:
    print('round(1e22, -2)', type(ex).__name__, ex)
try:
    print('int(1e22)', repr(int(1e22)))
except Exception as ex:
    print('int(1e22)', type(ex).__name__, ex)
try:
    print('float(1e22)', repr(float(1e22)))
except Exception as ex:
    print('float(1e22)', type(ex).__name__, ex)
try:
    print('complex(1e22)', repr(complex(1e22)))
except Exception as ex:
    print('complex(1e22)', type(ex).__name__, ex)
try:
    print('str(1e22)', repr(str(1e22)))
except Exception as ex:
    print('str(1e22)', type(ex).__name__, ex)
try:
    print('(1e22).__trunc__()', repr((1e22).__trunc__()))
except Exception as ex:
    print('(1e22).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod(1e22, 3)', repr(divmod(1e22, 3)))
except Exception as ex:
    print('divmod(1e22, 3)', type(ex).__name__, ex)
try:
    print('divmod(1e22, -0.5)', repr(divmod(1e22, -0.5)))
except Exception as ex:
    print('divmod(1e22, -0.5)', type(ex).__name__, ex)
try:
    print('(1e22) % 1', repr((1e22) % 1))
except Exception as ex:
    print('(1e22) % 1', type(ex).__name__, ex)
try:
    print('(1e22) // -3', repr((1e22) // -3))
except Exception as ex:
    print('(1e22) // -3', type(ex).__name__, ex)
try:
    print('(1e22) ** 2', repr((1e22) ** 2))
except Exception as ex:
    print('(1e22) ** 2', type(ex).__name__, ex)
try:
    print('(1e22) ** -1', repr((1e22) ** -1))
except Exception as ex:
    print('(1e22) ** -1', type(ex).__name__, ex)
try:
    print('hash(1e22)', repr(hash(1e22)))
except Exception as ex:
    print('hash(1e22)', type(ex).__name__, ex)
try:
    print('(1e22) == 5', repr((1e22) == 5))
except Exception as ex:
    print('(1e22) == 5', type(ex).__name__, ex)
try:
    print('(1e22).to_bytes(16, "little", signed=True)', repr((1e22).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('(1e22).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('(1e22).bit_count()', repr((1e22).bit_count()))
except Exception as ex:
    print('(1e22).bit_count()', type(ex).__name__, ex)
try:
    print('abs(1e22)', repr(abs(1e22)))
except Exception as ex:
    print('abs(1e22)', type(ex).__name__, ex)
try:
    print('(1e22) >> 3', repr((1e22) >> 3))
except Exception as ex:
    print('(1e22) >> 3', type(ex).__name__, ex)
try:
    print('(1e22) << 70', repr((1e22) << 70))
except Exception as ex:
    print('(1e22) << 70', type(ex).__name__, ex)
try:
    print('(1e22) ** 0.5', repr((1e22) ** 0.5))
except Exception as ex:
    print('(1e22) ** 0.5', type(ex).__name__, ex)
try:
    print('(5e-324).__round__(1)', repr((5e-324).__round__(1)))
except Exception as ex:
    print('(5e-324).__round__(1)', type(ex).__name__, ex)
try:
    print('round(5e-324, 3)', repr(round(5e-324, 3)))
except Exception as ex:
    print('round(5e-324, 3)', type(ex).__name__, ex)
try:
    print('round(5e-324, -2)', repr(round(5e-324, -2)))
except Exception as ex:
    print('round(5e-324, -2)', type(ex).__name__, ex)
try:
    print('int(5e-324)', repr(int(5e-324)))
except Exception as ex:
    print('int(5e-324)', type(ex).__name__, ex)
try:
    print('float(5e-324)', repr(float(5e-324)))
except Exception as ex:
    print('float(5e-324)', type(ex).__name__, ex)
try:
    print('complex(5e-324)', repr(complex(5e-324)))
except Exception as ex:
    print('complex(5e-324)', type(ex).__name__, ex)
try:
    print('str(5e-324)', repr(str(5e-324)))
except Exception as ex:
    print('str(5e-324)', type(ex).__name__, ex)
try:
    print('(5e-324).__trunc__()', repr((5e-324).__trunc__()))
except Exception as ex:
    print('(5e-324).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod(5e-324, 3)', repr(divmod(5e-324, 3)))
except Exception as ex:
    print('divmod(5e-324, 3)', type(ex).__name__, ex)
try:
    print('divmod(5e-324, -0.5)', repr(divmod(5e-324, -0.5)))
except Exception as ex:
    print('divmod(5e-324, -0.5)', type(ex).__name__, ex)
try:
    print('(5e-324) % 1', repr((5e-324) % 1))
except Exception as ex:
    print('(5e-324) % 1', type(ex).__name__, ex)
try:
    print('(5e-324) // -3', repr((5e-324) // -3))
except Exception as ex:
    print('(5e-324) // -3', type(ex).__name__, ex)
try:
    print('(5e-324) ** 2', repr((5e-324) ** 2))
except Exception as ex:
    print('(5e-324) ** 2', type(ex).__name__, ex)
try:
    print('(5e-324) ** -1', repr((5e-324) ** -1))
except Exception as ex:
    print('(5e-324) ** -1', type(ex).__name__, ex)
try:
    print('hash(5e-324)', repr(hash(5e-324)))
except Exception as ex:
    print('hash(5e-324)', type(ex).__name__, ex)
try:
    print('(5e-324) == 5', repr((5e-324) == 5))
except Exception as ex:
    print('(5e-324) == 5', type(ex).__name__, ex)
try:
    print('(5e-324).to_bytes(16, "little", signed=True)', repr((5e-324).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('(5e-324).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('(5e-324).bit_count()', repr((5e-324).bit_count()))
except Exception as ex:
    print('(5e-324).bit_count()', type(ex).__name__, ex)
try:
    print('abs(5e-324)', repr(abs(5e-324)))
except Exception as ex:
    print('abs(5e-324)', type(ex).__name__, ex)
try:
    print('(5e-324) >> 3', repr((5e-324) >> 3))
except Exception as ex:
    print('(5e-324) >> 3', type(ex).__name__, ex)
try:
    print('(5e-324) << 70', repr((5e-324) << 70))
except Exception as ex:
    print('(5e-324) << 70', type(ex).__name__, ex)
try:
    print('(5e-324) ** 0.5', repr((5e-324) ** 0.5))
except Exception as ex:
    print('(5e-324) ** 0.5', type(ex).__name__, ex)
try:
    print('(1/3).__round__(1)', repr((1/3).__round__(1)))
except Exception as ex:
    print('(1/3).__round__(1)', type(ex).__name__, ex)
try:
    print('round(1/3, 3)', repr(round(1/3, 3)))
except Exception as ex:
    print('round(1/3, 3)', type(ex).__name__, ex)
try:
    print('round(1/3, -2)', repr(round(1/3, -2)))
except Exception as ex:
    print('round(1/3, -2)', type(ex).__name__, ex)
try:
    print('int(1/3)', repr(int(1/3)))
except Exception as ex:
    print('int(1/3)', type(ex).__name__, ex)
try:
    print('float(1/3)', repr(float(1/3)))
except Exception as ex:
    print('float(1/3)', type(ex).__name__, ex)
try:
    print('complex(1/3)', repr(complex(1/3)))
except Exception as ex:
    print('complex(1/3)', type(ex).__name__, ex)
try:
    print('str(1/3)', repr(str(1/3)))
except Exception as ex:
    print('str(1/3)', type(ex).__name__, ex)
try:
    print('(1/3).__trunc__()', repr((1/3).__trunc__()))
except Exception as ex:
    print('(1/3).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod(1/3, 3)', repr(divmod(1/3, 3)))
except Exception as ex:
    print('divmod(1/3, 3)', type(ex).__name__, ex)
try:
    print('divmod(1/3, -0.5)', repr(divmod(1/3, -0.5)))
except Exception as ex:
    print('divmod(1/3, -0.5)', type(ex).__name__, ex)
try:
    print('(1/3) % 1', repr((1/3) % 1))
except Exception as ex:
    print('(1/3) % 1', type(ex).__name__, ex)
try:
    print('(1/3) // -3', repr((1/3) // -3))
except Exception as ex:
    print('(1/3) // -3', type(ex).__name__, ex)
try:
    print('(1/3) ** 2', repr((1/3) ** 2))
except Exception as ex:
    print('(1/3) ** 2', type(ex).__name__, ex)
try:
    print('(1/3) ** -1', repr((1/3) ** -1))
except Exception as ex:
    print('(1/3) ** -1', type(ex).__name__, ex)
try:
    print('hash(1/3)', repr(hash(1/3)))
except Exception as ex:
    print('hash(1/3)', type(ex).__name__, ex)
try:
    print('(1/3) == 5', repr((1/3) == 5))
except Exception as ex:
    print('(1/3) == 5', type(ex).__name__, ex)
try:
    print('(1/3).to_bytes(16, "little", signed=True)', repr((1/3).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('(1/3).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('(1/3).bit_count()', repr((1/3).bit_count()))
except Exception as ex:
    print('(1/3).bit_count()', type(ex).__name__, ex)
try:
    print('abs(1/3)', repr(abs(1/3)))
except Exception as ex:
    print('abs(1/3)', type(ex).__name__, ex)
try:
    print('(1/3) >> 3', repr((1/3) >> 3))
except Exception as ex:
    print('(1/3) >> 3', type(ex).__name__, ex)
try:
    print('(1/3) << 70', repr((1/3) << 70))
except Exception as ex:
    print('(1/3) << 70', type(ex).__name__, ex)
try:
    print('(1/3) ** 0.5', repr((1/3) ** 0.5))
except Exception as ex:
    print('(1/3) ** 0.5', type(ex).__name__, ex)
try:
    print('(123456789.125).__round__(1)', repr((123456789.125).__round__(1)))
except Exception as ex:
    print('(123456789.125).__round__(1)', type(ex).__name__, ex)
try:
    print('round(123456789.125, 3)', repr(round(123456789.125, 3)))
except Exception as ex:
    print('round(123456789.125, 3)', type(ex).__name__, ex)
try:
    print('round(123456789.125, -2)', repr(round(123456789.125, -2)))
except Exception as ex:
    print('round(123456789.125, -2)', type(ex).__name__, ex)
try:
    print('int(123456789.125)', repr(int(123456789.125)))
except Exception as ex:
    print('int(123456789.125)', type(ex).__name__, ex)
try:
    print('float(123456789.125)', repr(float(123456789.125)))
except Exception as ex:
    print('float(123456789.125)', type(ex).__name__, ex)
try:
    print('complex(123456789.125)', repr(complex(123456789.125)))
except Exception as ex:
    print('complex(123456789.125)', type(ex).__name__, ex)
try:
    print('str(123456789.125)', repr(str(123456789.125)))
except Exception as ex:
    print('str(123456789.125)', type(ex).__name__, ex)
try:
    print('(123456789.125).__trunc__()', repr((123456789.125).__trunc__()))
except Exception as ex:
    print('(123456789.125).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod(123456789.125, 3)', repr(divmod(123456789.125, 3)))
except Exception as ex:
    print('divmod(123456789.125, 3)', type(ex).__name__, ex)
try:
    print('divmod(123456789.125, -0.5)', repr(divmod(123456789.125, -0.5)))
except Exception as ex:
    print('divmod(123456789.125, -0.5)', type(ex).__name__, ex)
try:
    print('(123456789.125) % 1', repr((123456789.125) % 1))
except Exception as ex:
    print('(123456789.125) % 1', type(ex).__name__, ex)
try:
    print('(123456789.125) // -3', repr((123456789.125) // -3))
except Exception as ex:
    print('(123456789.125) // -3', type(ex).__name__, ex)
try:
    print('(123456789.125) ** 2', repr((123456789.125) ** 2))
except Exception as ex:
    print('(123456789.125) ** 2', type(ex).__name__, ex)
try:
    print('(123456789.125) ** -1', repr((123456789.125) ** -1))
except Exception as ex:
    print('(123456789.125) ** -1', type(ex).__name__, ex)
try:
    print('hash(123456789.125)', repr(hash(123456789.125)))
except Exception as ex:
    print('hash(123456789.125)', type(ex).__name__, ex)
try:
    print('(123456789.125) == 5', repr((123456789.125) == 5))
except Exception as ex:
    print('(123456789.125) == 5', type(ex).__name__, ex)
try:
    print('(123456789.125).to_bytes(16, "little", signed=True)', repr((123456789.125).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('(123456789.125).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('(123456789.125).bit_count()', repr((123456789.125).bit_count()))
except Exception as ex:
    print('(123456789.125).bit_count()', type(ex).__name__, ex)
try:
    print('abs(123456789.125)', repr(abs(123456789.125)))
except Exception as ex:
    print('abs(123456789.125)', type(ex).__name__, ex)
try:
    print('(123456789.125) >> 3', repr((123456789.125) >> 3))
except Exception as ex:
    print('(123456789.125) >> 3', type(ex).__name__, ex)
try:
    print('(123456789.125) << 70', repr((123456789.125) << 70))
except Exception as ex:
    print('(123456789.125) << 70', type(ex).__name__, ex)
try:
    print('(123456789.125) ** 0.5', repr((123456789.125) ** 0.5))
except Exception as ex:
    print('(123456789.125) ** 0.5', type(ex).__name__, ex)
try:
    print('(-1e-7).__round__(1)', repr((-1e-7).__round__(1)))
except Exception as ex:
    print('(-1e-7).__round__(1)', type(ex).__name__, ex)
try:
    print('round(-1e-7, 3)', repr(round(-1e-7, 3)))
except Exception as ex:
    print('round(-1e-7, 3)', type(ex).__name__, ex)
try:
    print('round(-1e-7, -2)', repr(round(-1e-7, -2)))
except Exception as ex:
    print('round(-1e-7, -2)', type(ex).__name__, ex)
try:
    print('int(-1e-7)', repr(int(-1e-7)))
except Exception as ex:
    print('int(-1e-7)', type(ex).__name__, ex)
try:
    print('float(-1e-7)', repr(float(-1e-7)))
except Exception as ex:
    print('float(-1e-7)', type(ex).__name__, ex)
try:
    print('complex(-1e-7)', repr(complex(-1e-7)))
except Exception as ex:
    print('complex(-1e-7)', type(ex).__name__, ex)
try:
    print('str(-1e-7)', repr(str(-1e-7)))
except Exception as ex:
    print('str(-1e-7)', type(ex).__name__, ex)
try:
    print('(-1e-7).__trunc__()', repr((-1e-7).__trunc__()))
except Exception as ex:
    print('(-1e-7).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod(-1e-7, 3)', repr(divmod(-1e-7, 3)))
except Exception as ex:
    print('divmod(-1e-7, 3)', type(ex).__name__, ex)
try:
    print('divmod(-1e-7, -0.5)', repr(divmod(-1e-7, -0.5)))
except Exception as ex:
    print('divmod(-1e-7, -0.5)', type(ex).__name__, ex)
try:
    print('(-1e-7) % 1', repr((-1e-7) % 1))
except Exception as ex:
    print('(-1e-7) % 1', type(ex).__name__, ex)
try:
    print('(-1e-7) // -3', repr((-1e-7) // -3))
except Exception as ex:
    print('(-1e-7) // -3', type(ex).__name__, ex)
try:
    print('(-1e-7) ** 2', repr((-1e-7) ** 2))
except Exception as ex:
    print('(-1e-7) ** 2', type(ex).__name__, ex)
try:
    print('(-1e-7) ** -1', repr((-1e-7) ** -1))
except Exception as ex:
    print('(-1e-7) ** -1', type(ex).__name__, ex)
try:
    print('hash(-1e-7)', repr(hash(-1e-7)))
except Exception as ex:
    print('hash(-1e-7)', type(ex).__name__, ex)
try:
    print('(-1e-7) == 5', repr((-1e-7) == 5))
except Exception as ex:
    print('(-1e-7) == 5', type(ex).__name__, ex)
try:
    print('(-1e-7).to_bytes(16, "little", signed=True)', repr((-1e-7).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('(-1e-7).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('(-1e-7).bit_count()', repr((-1e-7).bit_count()))
except Exception as ex:
    print('(-1e-7).bit_count()', type(ex).__name__, ex)
try:
    print('abs(-1e-7)', repr(abs(-1e-7)))
except Exception as ex:
    print('abs(-1e-7)', type(ex).__name__, ex)
try:
    print('(-1e-7) >> 3', repr((-1e-7) >> 3))
except Exception as ex:
    print('(-1e-7) >> 3', type(ex).__name__, ex)
try:
    print('(-1e-7) << 70', repr((-1e-7) << 70))
except Exception as ex:
    print('(-1e-7) << 70', type(ex).__name__, ex)
try:
    print('(-1e-7) ** 0.5', repr((-1e-7) ** 0.5))
except Exception as ex:
    print('(-1e-7) ** 0.5', type(ex).__name__, ex)
try:
    print('(float("nan")).__round__(1)', repr((float("nan")).__round__(1)))
except Exception as ex:
    print('(float("nan")).__round__(1)', type(ex).__name__, ex)
try:
    print('round(float("nan"), 3)', repr(round(float("nan"), 3)))
except Exception as ex:
    print('round(float("nan"), 3)', type(ex).__name__, ex)
try:
    print('round(float("nan"), -2)', repr(round(float("nan"), -2)))
except Exception as ex:
    print('round(float("nan"), -2)', type(ex).__name__, ex)
try:
    print('int(float("nan"))', repr(int(float("nan"))))
except Exception as ex:
    print('int(float("nan"))', type(ex).__name__, ex)
try:
    print('float(float("nan"))', repr(float(float("nan"))))
except Exception as ex:
    print('float(float("nan"))', type(ex).__name__, ex)
try:
    print('complex(float("nan"))', repr(complex(float("nan"))))
except Exception as ex:
    print('complex(float("nan"))', type(ex).__name__, ex)
try:
    print('str(float("nan"))', repr(str(float("nan"))))
except Exception as ex:
    print('str(float("nan"))', type(ex).__name__, ex)
try:
    print('(float("nan")).__trunc__()', repr((float("nan")).__trunc__()))
except Exception as ex:
    print('(float("nan")).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod(float("nan"), 3)', repr(divmod(float("nan"), 3)))
except Exception as ex:
    print('divmod(float("nan"), 3)', type(ex).__name__, ex)
try:
    print('divmod(float("nan"), -0.5)', repr(divmod(float("nan"), -0.5)))
except Exception as ex:
    print('divmod(float("nan"), -0.5)', type(ex).__name__, ex)
try:
    print('(float("nan")) % 1', repr((float("nan")) % 1))
except Exception as ex:
    print('(float("nan")) % 1', type(ex).__name__, ex)
try:
    print('(float("nan")) // -3', repr((float("nan")) // -3))
except Exception as ex:
    print('(float("nan")) // -3', type(ex).__name__, ex)
try:
    print('(float("nan")) ** 2', repr((float("nan")) ** 2))
except Exception as ex:
    print('(float("nan")) ** 2', type(ex).__name__, ex)
try:
    print('(float("nan")) ** -1', repr((float("nan")) ** -1))
except Exception as ex:
    print('(float("nan")) ** -1', type(ex).__name__, ex)
try:
    print('(float("nan")) == 5', repr((float("nan")) == 5))
except Exception as ex:
    print('(float("nan")) == 5', type(ex).__name__, ex)
try:
    print('(float("nan")).to_bytes(16, "little", signed=True)', repr((float("nan")).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('(float("nan")).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('(float("nan")).bit_count()', repr((float("nan")).bit_count()))
except Exception as ex:
    print('(float("nan")).bit_count()', type(ex).__name__, ex)
try:
    print('abs(float("nan"))', repr(abs(float("nan"))))
except Exception as ex:
    print('abs(float("nan"))', type(ex).__name__, ex)
try:
    print('(float("nan")) >> 3', repr((float("nan")) >> 3))
except Exception as ex:
    print('(float("nan")) >> 3', type(ex).__name__, ex)
try:
    print('(float("nan")) << 70', repr((float("nan")) << 70))
except Exception as ex:
    print('(float("nan")) << 70', type(ex).__name__, ex)
try:
    print('(float("nan")) ** 0.5', repr((float("nan")) ** 0.5))
except Exception as ex:
    print('(float("nan")) ** 0.5', type(ex).__name__, ex)
try:
    print('((1+2j)).__round__(1)', repr(((1+2j)).__round__(1)))
except Exception as ex:
    print('((1+2j)).__round__(1)', type(ex).__name__, ex)
try:
    print('round((1+2j), 3)', repr(round((1+2j), 3)))
except Exception as ex:
    print('round((1+2j), 3)', type(ex).__name__, ex)
try:
    print('round((1+2j), -2)', repr(round((1+2j), -2)))
except Exception as ex:
    print('round((1+2j), -2)', type(ex).__name__, ex)
try:
    print('int((1+2j))', repr(int((1+2j))))
except Exception as ex:
    print('int((1+2j))', type(ex).__name__, ex)
try:
    print('float((1+2j))', repr(float((1+2j))))
except Exception as ex:
    print('float((1+2j))', type(ex).__name__, ex)
try:
    print('complex((1+2j))', repr(complex((1+2j))))
except Exception as ex:
    print('complex((1+2j))', type(ex).__name__, ex)
try:
    print('str((1+2j))', repr(str((1+2j))))
except Exception as ex:
    print('str((1+2j))', type(ex).__name__, ex)
try:
    print('((1+2j)).__trunc__()', repr(((1+2j)).__trunc__()))
except Exception as ex:
    print('((1+2j)).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod((1+2j), 3)', repr(divmod((1+2j), 3)))
except Exception as ex:
    print('divmod((1+2j), 3)', type(ex).__name__, ex)
try:
    print('divmod((1+2j), -0.5)', repr(divmod((1+2j), -0.5)))
except Exception as ex:
    print('divmod((1+2j), -0.5)', type(ex).__name__, ex)
try:
    print('((1+2j)) % 1', repr(((1+2j)) % 1))
except Exception as ex:
    print('((1+2j)) % 1', type(ex).__name__, ex)
try:
    print('((1+2j)) // -3', repr(((1+2j)) // -3))
except Exception as ex:
    print('((1+2j)) // -3', type(ex).__name__, ex)
try:
    print('((1+2j)) ** 2', repr(((1+2j)) ** 2))
except Exception as ex:
    print('((1+2j)) ** 2', type(ex).__name__, ex)
try:
    print('((1+2j)) ** -1', repr(((1+2j)) ** -1))
except Exception as ex:
    print('((1+2j)) ** -1', type(ex).__name__, ex)
try:
    print('hash((1+2j))', repr(hash((1+2j))))
except Exception as ex:
    print('hash((1+2j))', type(ex).__name__, ex)
try:
    print('((1+2j)) == 5', repr(((1+2j)) == 5))
except Exception as ex:
    print('((1+2j)) == 5', type(ex).__name__, ex)
try:
    print('((1+2j)).to_bytes(16, "little", signed=True)', repr(((1+2j)).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('((1+2j)).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('((1+2j)).bit_count()', repr(((1+2j)).bit_count()))
except Exception as ex:
    print('((1+2j)).bit_count()', type(ex).__name__, ex)
try:
    print('abs((1+2j))', repr(abs((1+2j))))
except Exception as ex:
    print('abs((1+2j))', type(ex).__name__, ex)
try:
    print('((1+2j)) >> 3', repr(((1+2j)) >> 3))
except Exception as ex:
    print('((1+2j)) >> 3', type(ex).__name__, ex)
try:
    print('((1+2j)) << 70', repr(((1+2j)) << 70))
except Exception as ex:
    print('((1+2j)) << 70', type(ex).__name__, ex)
try:
    print('((1+2j)) ** 0.5', repr(((1+2j)) ** 0.5))
except Exception as ex:
    print('((1+2j)) ** 0.5', type(ex).__name__, ex)
try:
    print('((-0.0-1j)).__round__(1)', repr(((-0.0-1j)).__round__(1)))
except Exception as ex:
    print('((-0.0-1j)).__round__(1)', type(ex).__name__, ex)
try:
    print('round((-0.0-1j), 3)', repr(round((-0.0-1j), 3)))
except Exception as ex:
    print('round((-0.0-1j), 3)', type(ex).__name__, ex)
try:
    print('round((-0.0-1j), -2)', repr(round((-0.0-1j), -2)))
except Exception as ex:
    print('round((-0.0-1j), -2)', type(ex).__name__, ex)
try:
    print('int((-0.0-1j))', repr(int((-0.0-1j))))
except Exception as ex:
    print('int((-0.0-1j))', type(ex).__name__, ex)
try:
    print('float((-0.0-1j))', repr(float((-0.0-1j))))
except Exception as ex:
    print('float((-0.0-1j))', type(ex).__name__, ex)
try:
    print('complex((-0.0-1j))', repr(complex((-0.0-1j))))
except Exception as ex:
    print('complex((-0.0-1j))', type(ex).__name__, ex)
try:
    print('str((-0.0-1j))', repr(str((-0.0-1j))))
except Exception as ex:
    print('str((-0.0-1j))', type(ex).__name__, ex)
try:
    print('((-0.0-1j)).__trunc__()', repr(((-0.0-1j)).__trunc__()))
except Exception as ex:
    print('((-0.0-1j)).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod((-0.0-1j), 3)', repr(divmod((-0.0-1j), 3)))
except Exception as ex:
    print('divmod((-0.0-1j), 3)', type(ex).__name__, ex)
try:
    print('divmod((-0.0-1j), -0.5)', repr(divmod((-0.0-1j), -0.5)))
except Exception as ex:
    print('divmod((-0.0-1j), -0.5)', type(ex).__name__, ex)
try:
    print('((-0.0-1j)) % 1', repr(((-0.0-1j)) % 1))
except Exception as ex:
    print('((-0.0-1j)) % 1', type(ex).__name__, ex)
try:
    print('((-0.0-1j)) // -3', repr(((-0.0-1j)) // -3))
except Exception as ex:
    print('((-0.0-1j)) // -3', type(ex).__name__, ex)
try:
    print('((-0.0-1j)) ** 2', repr(((-0.0-1j)) ** 2))
except Exception as ex:
    print('((-0.0-1j)) ** 2', type(ex).__name__, ex)
try:
    print('((-0.0-1j)) ** -1', repr(((-0.0-1j)) ** -1))
except Exception as ex:
    print('((-0.0-1j)) ** -1', type(ex).__name__, ex)
try:
    print('hash((-0.0-1j))', repr(hash((-0.0-1j))))
except Exception as ex:
    print('hash((-0.0-1j))', type(ex).__name__, ex)
try:
    print('((-0.0-1j)) == 5', repr(((-0.0-1j)) == 5))
except Exception as ex:
    print('((-0.0-1j)) == 5', type(ex).__name__, ex)
try:
    print('((-0.0-1j)).to_bytes(16, "little", signed=True)', repr(((-0.0-1j)).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('((-0.0-1j)).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('((-0.0-1j)).bit_count()', repr(((-0.0-1j)).bit_count()))
except Exception as ex:
    print('((-0.0-1j)).bit_count()', type(ex).__name__, ex)
try:
    print('abs((-0.0-1j))', repr(abs((-0.0-1j))))
except Exception as ex:
    print('abs((-0.0-1j))', type(ex).__name__, ex)
try:
    print('((-0.0-1j)) >> 3', repr(((-0.0-1j)) >> 3))
except Exception as ex:
    print('((-0.0-1j)) >> 3', type(ex).__name__, ex)
try:
    print('((-0.0-1j)) << 70', repr(((-0.0-1j)) << 70))
except Exception as ex:
    print('((-0.0-1j)) << 70', type(ex).__name__, ex)
try:
    print('((-0.0-1j)) ** 0.5', repr(((-0.0-1j)) ** 0.5))
except Exception as ex:
    print('((-0.0-1j)) ** 0.5', type(ex).__name__, ex)
try:
    print('(1e16).__round__(1)', repr((1e16).__round__(1)))
except Exception as ex:
    print('(1e16).__round__(1)', type(ex).__name__, ex)
try:
    print('round(1e16, 3)', repr(round(1e16, 3)))
except Exception as ex:
    print('round(1e16, 3)', type(ex).__name__, ex)
try:
    print('round(1e16, -2)', repr(round(1e16, -2)))
except Exception as ex:
    print('round(1e16, -2)', type(ex).__name__, ex)
try:
    print('int(1e16)', repr(int(1e16)))
except Exception as ex:
    print('int(1e16)', type(ex).__name__, ex)
try:
    print('float(1e16)', repr(float(1e16)))
except Exception as ex:
    print('float(1e16)', type(ex).__name__, ex)
try:
    print('complex(1e16)', repr(complex(1e16)))
except Exception as ex:
    print('complex(1e16)', type(ex).__name__, ex)
try:
    print('str(1e16)', repr(str(1e16)))
except Exception as ex:
    print('str(1e16)', type(ex).__name__, ex)
try:
    print('(1e16).__trunc__()', repr((1e16).__trunc__()))
except Exception as ex:
    print('(1e16).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod(1e16, 3)', repr(divmod(1e16, 3)))
except Exception as ex:
    print('divmod(1e16, 3)', type(ex).__name__, ex)
try:
    print('divmod(1e16, -0.5)', repr(divmod(1e16, -0.5)))
except Exception as ex:
    print('divmod(1e16, -0.5)', type(ex).__name__, ex)
try:
    print('(1e16) % 1', repr((1e16) % 1))
except Exception as ex:
    print('(1e16) % 1', type(ex).__name__, ex)
try:
    print('(1e16) // -3', repr((1e16) // -3))
except Exception as ex:
    print('(1e16) // -3', type(ex).__name__, ex)
try:
    print('(1e16) ** 2', repr((1e16) ** 2))
except Exception as ex:
    print('(1e16) ** 2', type(ex).__name__, ex)
try:
    print('(1e16) ** -1', repr((1e16) ** -1))
except Exception as ex:
    print('(1e16) ** -1', type(ex).__name__, ex)
try:
    print('hash(1e16)', repr(hash(1e16)))
except Exception as ex:
    print('hash(1e16)', type(ex).__name__, ex)
try:
    print('(1e16) == 5', repr((1e16) == 5))
except Exception as ex:
    print('(1e16) == 5', type(ex).__name__, ex)
try:
    print('(1e16).to_bytes(16, "little", signed=True)', repr((1e16).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('(1e16).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('(1e16).bit_count()', repr((1e16).bit_count()))
except Exception as ex:
    print('(1e16).bit_count()', type(ex).__name__, ex)
try:
    print('abs(1e16)', repr(abs(1e16)))
except Exception as ex:
    print('abs(1e16)', type(ex).__name__, ex)
try:
    print('(1e16) >> 3', repr((1e16) >> 3))
except Exception as ex:
    print('(1e16) >> 3', type(ex).__name__, ex)
try:
    print('(1e16) << 70', repr((1e16) << 70))
except Exception as ex:
    print('(1e16) << 70', type(ex).__name__, ex)
try:
    print('(1e16) ** 0.5', repr((1e16) ** 0.5))
except Exception as ex:
    print('(1e16) ** 0.5', type(ex).__name__, ex)
try:
    print('((3+0j)).__round__(1)', repr(((3+0j)).__round__(1)))
except Exception as ex:
    print('((3+0j)).__round__(1)', type(ex).__name__, ex)
try:
    print('round((3+0j), 3)', repr(round((3+0j), 3)))
except Exception as ex:
    print('round((3+0j), 3)', type(ex).__name__, ex)
try:
    print('round((3+0j), -2)', repr(round((3+0j), -2)))
except Exception as ex:
    print('round((3+0j), -2)', type(ex).__name__, ex)
try:
    print('int((3+0j))', repr(int((3+0j))))
except Exception as ex:
    print('int((3+0j))', type(ex).__name__, ex)
try:
    print('float((3+0j))', repr(float((3+0j))))
except Exception as ex:
    print('float((3+0j))', type(ex).__name__, ex)
try:
    print('complex((3+0j))', repr(complex((3+0j))))
except Exception as ex:
    print('complex((3+0j))', type(ex).__name__, ex)
try:
    print('str((3+0j))', repr(str((3+0j))))
except Exception as ex:
    print('str((3+0j))', type(ex).__name__, ex)
try:
    print('((3+0j)).__trunc__()', repr(((3+0j)).__trunc__()))
except Exception as ex:
    print('((3+0j)).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod((3+0j), 3)', repr(divmod((3+0j), 3)))
except Exception as ex:
    print('divmod((3+0j), 3)', type(ex).__name__, ex)
try:
    print('divmod((3+0j), -0.5)', repr(divmod((3+0j), -0.5)))
except Exception as ex:
    print('divmod((3+0j), -0.5)', type(ex).__name__, ex)
try:
    print('((3+0j)) % 1', repr(((3+0j)) % 1))
except Exception as ex:
    print('((3+0j)) % 1', type(ex).__name__, ex)
try:
    print('((3+0j)) // -3', repr(((3+0j)) // -3))
except Exception as ex:
    print('((3+0j)) // -3', type(ex).__name__, ex)
try:
    print('((3+0j)) ** 2', repr(((3+0j)) ** 2))
except Exception as ex:
    print('((3+0j)) ** 2', type(ex).__name__, ex)
try:
    print('((3+0j)) ** -1', repr(((3+0j)) ** -1))
except Exception as ex:
    print('((3+0j)) ** -1', type(ex).__name__, ex)
try:
    print('hash((3+0j))', repr(hash((3+0j))))
except Exception as ex:
    print('hash((3+0j))', type(ex).__name__, ex)
try:
    print('((3+0j)) == 5', repr(((3+0j)) == 5))
except Exception as ex:
    print('((3+0j)) == 5', type(ex).__name__, ex)
try:
    print('((3+0j)).to_bytes(16, "little", signed=True)', repr(((3+0j)).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('((3+0j)).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('((3+0j)).bit_count()', repr(((3+0j)).bit_count()))
except Exception as ex:
    print('((3+0j)).bit_count()', type(ex).__name__, ex)
try:
    print('abs((3+0j))', repr(abs((3+0j))))
except Exception as ex:
    print('abs((3+0j))', type(ex).__name__, ex)
try:
    print('((3+0j)) >> 3', repr(((3+0j)) >> 3))
except Exception as ex:
    print('((3+0j)) >> 3', type(ex).__name__, ex)
try:
    print('((3+0j)) << 70', repr(((3+0j)) << 70))
except Exception as ex:
    print('((3+0j)) << 70', type(ex).__name__, ex)
try:
    print('((3+0j)) ** 0.5', repr(((3+0j)) ** 0.5))
except Exception as ex:
    print('((3+0j)) ** 0.5', type(ex).__name__, ex)
try:
    print('(0j).__round__(1)', repr((0j).__round__(1)))
except Exception as ex:
    print('(0j).__round__(1)', type(ex).__name__, ex)
try:
    print('round(0j, 3)', repr(round(0j, 3)))
except Exception as ex:
    print('round(0j, 3)', type(ex).__name__, ex)
try:
    print('round(0j, -2)', repr(round(0j, -2)))
except Exception as ex:
    print('round(0j, -2)', type(ex).__name__, ex)
try:
    print('int(0j)', repr(int(0j)))
except Exception as ex:
    print('int(0j)', type(ex).__name__, ex)
try:
    print('float(0j)', repr(float(0j)))
except Exception as ex:
    print('float(0j)', type(ex).__name__, ex)
try:
    print('complex(0j)', repr(complex(0j)))
except Exception as ex:
    print('complex(0j)', type(ex).__name__, ex)
try:
    print('str(0j)', repr(str(0j)))
except Exception as ex:
    print('str(0j)', type(ex).__name__, ex)
try:
    print('(0j).__trunc__()', repr((0j).__trunc__()))
except Exception as ex:
    print('(0j).__trunc__()', type(ex).__name__, ex)
try:
    print('divmod(0j, 3)', repr(divmod(0j, 3)))
except Exception as ex:
    print('divmod(0j, 3)', type(ex).__name__, ex)
try:
    print('divmod(0j, -0.5)', repr(divmod(0j, -0.5)))
except Exception as ex:
    print('divmod(0j, -0.5)', type(ex).__name__, ex)
try:
    print('(0j) % 1', repr((0j) % 1))
except Exception as ex:
    print('(0j) % 1', type(ex).__name__, ex)
try:
    print('(0j) // -3', repr((0j) // -3))
except Exception as ex:
    print('(0j) // -3', type(ex).__name__, ex)
try:
    print('(0j) ** 2', repr((0j) ** 2))
except Exception as ex:
    print('(0j) ** 2', type(ex).__name__, ex)
try:
    print('(0j) ** -1', repr((0j) ** -1))
except Exception as ex:
    print('(0j) ** -1', type(ex).__name__, ex)
try:
    print('hash(0j)', repr(hash(0j)))
except Exception as ex:
    print('hash(0j)', type(ex).__name__, ex)
try:
    print('(0j) == 5', repr((0j) == 5))
except Exception as ex:
    print('(0j) == 5', type(ex).__name__, ex)
try:
    print('(0j).to_bytes(16, "little", signed=True)', repr((0j).to_bytes(16, "little", signed=True)))
except Exception as ex:
    print('(0j).to_bytes(16, "little", signed=True)', type(ex).__name__, ex)
try:
    print('(0j).bit_count()', repr((0j).bit_count()))
except Exception as ex:
    print('(0j).bit_count()', type(ex).__name__, ex)
try:
    print('abs(0j)', repr(abs(0j)))
except Exception as ex:
    print('abs(0j)', type(ex).__name__, ex)
try:
    print('(0j) >> 3', repr((0j) >> 3))
except Exception as ex:
    print('(0j) >> 3', type(ex).__name__, ex)
try:
    print('(0j) << 70', repr((0j) << 70))
except Exception as ex:
    print('(0j) << 70', type(ex).__name__, ex)
try:
    print('(0j) ** 0.5', repr((0j) ** 0.5))
except Exception as ex:
    print('(0j) ** 0.5', type(ex).__name__, ex)
