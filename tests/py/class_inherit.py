class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return 'animal'

class Dog(Animal):
    sound = 'woof'
    def kind(self):
        return 'dog/' + super().kind()

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + '!'

for a in [Animal('a'), Dog('rex'), Puppy('bit', 1)]:
    print(a.speak(), a.kind(), type(a).__name__)
print(Puppy.__bases__ == (Dog,), Puppy.__base__ is Dog)
print([c.__name__ for c in Puppy.__mro__])
print([c.__name__ for c in Puppy.mro()])
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, (int, Animal)))
print(Puppy('x', 3).age)
print([c.__name__ for c in Animal.__subclasses__()])
