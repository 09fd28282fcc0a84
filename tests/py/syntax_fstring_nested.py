d = {'a': 1, 'b': [1, 2]}
print(f"{d['a']} {d['b'][1]}")
print(f'{[i for i in range(3)]}')
print(f'{(lambda v: v * 2)(4)}')
print(f'{"nested {}".format(1)}')
print(f'{f"{1+1}"}')
print(f"{'a' if True else 'b'}")
print(f'{1,2}')
print(f'''{
1 + 2
}''')
