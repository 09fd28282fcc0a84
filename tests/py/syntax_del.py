x = 1
del x
try:
    x
except NameError as e:
    print(e)
a = [1, 2, 3, 4]
del a[0], a[-1]
print(a)
d = {'k': 1, 'j': 2}
del d['k']
print(d)
def f():
    y = 2
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
p, q = 1, 2
del (p, q)
print('p' in dir())
