print(eval('1 + 2'), eval('  3 * 4'), eval('x + 1', {'x': 10}), eval('x', {'x': 1}, {'x': 2}))
g = {}
exec('a = 5\nb = a * 2', g)
print(g['a'], g['b'], '__builtins__' in g)
l = {}
exec('c = 7', {}, l)
print(l)
x = 100
exec('x = 200')
print(x)
def f():
    y = 1
    return eval('y + 1')
print(f())
print(eval(b'1 + 1'), eval(compile('2 * 21', '<s>', 'eval')))
exec(compile('print("from code")', '<s>', 'exec'))
print(exec('1'))
ns = {'__builtins__': {'len': lambda s: 99}}
print(eval('len([])', ns))
tests = [lambda: eval(1), lambda: exec(1), lambda: eval('1', 1), lambda: eval('1', {}, 1), lambda: eval('x = 1'),
         lambda: exec('1 +'), lambda: eval('undefined_name'), lambda: exec('a\0b'), lambda: eval()]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
