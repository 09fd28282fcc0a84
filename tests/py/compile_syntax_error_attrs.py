cases = ['1abc', 'x = $', 'if 1:\nx', '  y = 2', 'f(a=1, b)', 'def f(a, a): pass',
         "'abc", 'return 1', 'a b', '[1 2]', 'class A\n pass', 'nonlocal q', 'x = (1,',
         'f"{}"', 'break', 'del f()', 'lambda: 1 = 1', '€']
for src in cases:
    try:
        compile(src, 'case.py', 'exec')
        print('compiled?!', src)
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
