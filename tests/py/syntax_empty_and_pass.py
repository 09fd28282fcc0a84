class Empty: pass
def nothing(): pass
print(nothing(), Empty.__name__)
for _ in range(2): pass
while False: pass
if True: pass
print(())
print([], {}, set(), ( ), tuple())
