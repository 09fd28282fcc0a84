x = 5
if x:
    pass
elif x:
    pass
print(isinstance(x, int) and not isinstance(x, str))
import sys as _s; print(_s.__name__)
a = [1, 2, 3]
a[1:2] = []
print(a)
print(*[1, 2], sep=', ', end='!\n')
