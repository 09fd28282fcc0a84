print("inner", __name__, __package__)
from . import helper
print(helper.X)
