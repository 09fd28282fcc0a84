s = {1, 2}
for x in s:
    s.discard(x)
