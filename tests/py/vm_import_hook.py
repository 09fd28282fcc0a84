import builtins
orig = builtins.__import__
def my_import(name, globals=None, locals=None, fromlist=(), level=0):
    print("importing", name, fromlist, level)
    return orig(name, globals, locals, fromlist, level)
builtins.__import__ = my_import
import math
from math import sqrt
builtins.__import__ = orig
import sys
print(math.sqrt(4), sqrt(9))
