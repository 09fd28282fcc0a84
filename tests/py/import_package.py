import imppkg
print(imppkg.__doc__, imppkg.pkg_value, imppkg.__package__, imppkg.__path__[0].endswith('imppkg'))
import imppkg.helper
print(imppkg.helper.greet('world'))
from imppkg import helper as h
print(h is imppkg.helper)
from imppkg.helper import greet
print(greet('again'))
import imppkg.sub
print(imppkg.sub.leaf.LEAF)
from imppkg.sub.leaf import LEAF
print(LEAF)
import imppkg.sub.leaf as lf
print(lf.__name__, lf.__package__)
