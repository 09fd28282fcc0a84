import math
import sys
import sys as system
from math import sqrt, pi as PI
from math import (floor,
                  ceil,)
print(math.sqrt(4), sqrt(9), PI > 3, floor(1.5), ceil(1.5))
print(sys.maxsize > 0, system is sys)
def f():
    import math as m
    from math import factorial
    return m.factorial(5), factorial(4)
print(f())
