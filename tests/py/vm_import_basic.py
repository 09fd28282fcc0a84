import math
from math import sqrt, pi as PI
import sys as system
print(math.floor(2.5), sqrt(16), round(PI, 2), system.maxsize > 0)
def local_import():
    import math as m
    from math import ceil
    return m.floor(1.5) + ceil(1.5)
print(local_import())
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(e)
