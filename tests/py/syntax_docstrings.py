"""Module doc."""
def f():
    """Function doc."""
    return 1
def g():
    x = 1
    'not a docstring'
    return x
class C:
    """Class doc."""
    def m(self):
        "method doc"
lam = lambda: 0
print(__doc__, f.__doc__, g.__doc__, C.__doc__, C.m.__doc__, lam.__doc__)
