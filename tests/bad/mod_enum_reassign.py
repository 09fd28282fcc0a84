from enum import Enum
class Color(Enum):
    RED = 1
Color.RED = 2
