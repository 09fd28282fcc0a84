from impmod_plain import *
print(visible, bump())
try:
    _hidden
except NameError as e:
    print(e)
from impmod_all import *
print(exported)
try:
    not_exported
except NameError as e:
    print(e)
from imppkg import *
print(pkg_value, helper.greet('star'))
