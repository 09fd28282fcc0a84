x = 5
name = 'bob'
print(f'{x=}')
print(f'{x = }')
print(f'{name=}')
print(f'{name=!s}')
print(f'{x=:>4}')
print(f'{x*2=}')
