for src in ['def f(a):\n global a', 'def f():\n x = 1\n global x', 'def f():\n print(x)\n global x',
            'nonlocal x', 'def f():\n nonlocal y', 'def f(a, b, a): pass', 'lambda x, x: 0',
            'return 5', 'yield 5', 'class C:\n yield 1', '[(yield 1) for x in y]', 'continue', 'break',
            'def f():\n from m import *', 'class C:\n [x := 1 for i in range(2)]', '[i := 0 for i in range(2)]']:
    try:
        compile(src, 's.py', 'exec')
        print('ok', src)
    except SyntaxError as e:
        print(e.msg, e.lineno)
