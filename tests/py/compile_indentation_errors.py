for src in ['if 1:\npass', '  x = 1', 'if 1:\n  a\n b', 'if 1:\n\tx = 1\n        y = 2',
            'def f():\nreturn', 'for x in y:\n\n', 'class C:\n# c\n', 'try:\n  pass\nfinally:\nx']:
    try:
        compile(src, 'ind.py', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
