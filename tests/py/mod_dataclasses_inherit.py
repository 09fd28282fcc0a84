from dataclasses import dataclass, field, fields, asdict
@dataclass
class Animal:
    name: str
    legs: int = 4
    def speak(self):
        return "..."
@dataclass
class Dog(Animal):
    breed: str = "mutt"
    def speak(self):
        return "woof"
@dataclass
class Bird(Animal):
    legs: int = 2
    can_fly: bool = True
d = Dog("rex", breed="lab")
b = Bird("tweety")
print(d, b, d.speak(), [f.name for f in fields(Bird)], asdict(b))
print(d == Dog("rex", 4, "lab"), d == Animal("rex"), isinstance(d, Animal))
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, label="rc")]
print(sorted(vs), max(vs), Version(1, 2) == Version(1, 2, label="x"))
@dataclass
class Counter:
    count: int = 0
    history: list = field(default_factory=list, repr=False)
    def incr(self):
        self.count += 1
        self.history.append(self.count)
        return self
c = Counter().incr().incr()
print(c, c.history, Counter().history is not Counter().history)
@dataclass
class WithProp:
    _x: int = 0
    @property
    def x(self):
        return self._x * 10
print(WithProp(3).x, WithProp(3))
