for v in [0, 1, 2]:
    print('zero' if v == 0 else 'one' if v == 1 else 'many')
x = 1 if True else 1/0
print(x)
print((lambda: 3 if False else 4)())
