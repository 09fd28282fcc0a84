import impmod_plain
import impmod_plain as alias
print(impmod_plain.bump(), alias.bump(), impmod_plain is alias)
from impmod_plain import bump, visible
print(bump(), visible)
import sys
print('impmod_plain' in sys.modules, sys.modules['impmod_plain'] is impmod_plain)
print(impmod_plain.__name__, impmod_plain.__package__ == '', impmod_plain.__file__.endswith('impmod_plain.py'))
print(repr(impmod_plain).startswith("<module 'impmod_plain' from '"))
import math, time, gc
print(math.__name__, repr(time), gc.__name__)
