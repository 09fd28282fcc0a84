x = 'a' 'b' "c"
print(x)
print(b'a' b'b')
print('a' f'{1}' 'c' f"{'d'}")
y = ('multi'
     'line'
     ' concat')
print(y)
