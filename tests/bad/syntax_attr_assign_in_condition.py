class P: pass
p = P()
while p.n = 1:
    pass
