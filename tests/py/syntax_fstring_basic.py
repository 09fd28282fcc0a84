x, y = 10, 'hi'
print(f'{x} {y} {x+1} {y!r} {y!s} {y!a} {"é"!a}')
print(f'{x:5}|{x:<5}|{x:^5}|{x:05}|{x:x}|{x:#b}')
print(f'{3.14159:.2f} {1234567:,} {0.5:%}')
w = 8
p = 3
print(f'{3.14159:{w}.{p}f}|')
print(f'{{}} {{{x}}}')
print(f'{ x }')
