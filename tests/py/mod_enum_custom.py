from enum import Enum, IntEnum, StrEnum, auto, unique
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(round(Planet.EARTH.surface_gravity, 2), Planet.MERCURY.mass, Planet((5.976e+24, 6.37814e6)))
class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, "P.X")
    PY = (1, "P.Y")
print(Coord.PY.label, Coord.PY.value, Coord(1))
class Ordered(Enum):
    def __lt__(self, other):
        return self.value < other.value
    LOW = 1
    HIGH = 3
    MID = 2
print(sorted(Ordered), max(Ordered))
class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
print(Shape.CIRCLE == 1, Shape.SQUARE * 3, [s for s in Shape], Shape(2), Shape["CIRCLE"], f"{Shape.SQUARE}", "%s %d" % (Shape.CIRCLE, Shape.SQUARE))
class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    def describe(self):
        return self.name, self.value
    def __str__(self):
        return "my custom str! {0}".format(self.value)
    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY
print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY))
class Http(StrEnum):
    OK = "ok"
    NOT_FOUND = auto()
print(Http.OK, Http.NOT_FOUND, Http.OK == "ok", Http("ok"), Http.OK.upper(), "-".join(Http))
class Color(Enum):
    RED = 1
    GREEN = 2
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color["RED"], {Color.RED: "r"}[Color.RED], Color.RED != Color.GREEN)
class AutoName(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    NORTH = auto()
    SOUTH = auto()
print(list(AutoName))
class Missing(Enum):
    A = "a"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls(value.lower())
        return None
print(Missing("A"))
try:
    Missing(1)
except ValueError as e:
    print("ValueError", e)
print(Color.RED.__class__.__name__, type(Color).__name__, isinstance(Color.RED, Color), issubclass(Color, Enum))
