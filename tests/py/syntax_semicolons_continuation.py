a = 1; b = 2; c = a + b; print(c)
total = 1 + \
        2 + \
        3
print(total)
lst = [
    1,
    2,   # comment
    3,
]
print(lst)
if (a and
        b):
    print('multi-line condition')
s = {'k':
     'v'}
print(s)
