from enum import Enum, IntEnum, Flag, auto, unique
Animal = Enum("Animal", "ANT BEE CAT DOG")
print(list(Animal), Animal.CAT.value, Animal(2), repr(Animal), Animal.__members__.keys())
Shape = IntEnum("Shape", [("CIRCLE", 10), ("SQUARE", 20)])
print(Shape.SQUARE + 1, Shape(10), list(Shape))
Color = Enum("Color", {"RED": "r", "GREEN": "g"})
print(Color("g"), Color.RED.value, len(Color))
Perm = Flag("Perm", "R W X")
print(list(Perm), Perm.R | Perm.X, Perm(6))
Num = Enum("Num", "one two", start=0)
print(list(Num))
class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()
    @classmethod
    def from_str(cls, s):
        return cls[s.upper()]
    @property
    def is_start(self):
        return self is Weekday.MON
print(Weekday.from_str("tue"), Weekday.MON.is_start, [d.name for d in reversed(Weekday)] if hasattr(Weekday, "__reversed__") else None)
print(Weekday.MON in Weekday, {d: d.value for d in Weekday}, sorted(Weekday, key=lambda d: -d.value))
d = {Weekday.MON: "work"}
print(d[Weekday(1)], Weekday["WED"] is Weekday.WED, Weekday.MON.name.lower())
