from .. import helper
from ..helper import greet as g2
from . import leaf
print('sub init', __name__, __package__, helper.__name__, g2('sub'))
