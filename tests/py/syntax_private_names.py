class A:
    __secret = 1
    def get(self):
        return self.__secret
    def __private(self):
        return 'p'
    def call(self):
        return self.__private()
a = A()
print(a.get(), a.call(), hasattr(a, '__secret'), hasattr(a, '_A__secret'))
class _B:
    __x = 2
print(_B._B__x)
