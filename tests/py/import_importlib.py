import importlib
import sys
m = importlib.import_module('impmod_plain')
print(m.__name__, m is sys.modules['impmod_plain'])
h = importlib.import_module('imppkg.helper')
print(h.greet('importlib'))
leaf = importlib.import_module('.sub.leaf', 'imppkg')
print(leaf.LEAF)
m.counter = 99
importlib.reload(m)
print(m.counter)
importlib.invalidate_caches()
try:
    importlib.import_module('no_such_module_qq')
except ModuleNotFoundError as e:
    print(e)
try:
    importlib.import_module('.x')
except TypeError as e:
    print(e)
