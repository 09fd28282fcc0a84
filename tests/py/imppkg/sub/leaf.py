from ..helper import public
from .. import pkg_value
LEAF = ('leaf', public, pkg_value)
