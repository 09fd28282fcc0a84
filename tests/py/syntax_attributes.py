class P:
    pass
p = P()
p.x = 1
p.y = p.x + 1
p.x += 10
print(p.x, p.y)
del p.y
print(hasattr(p, 'y'), getattr(p, 'x'))
print((1).__class__.__name__, 'abc'.upper().lower())
