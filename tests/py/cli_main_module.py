import sys
print(__name__, __file__, __package__, __spec__, __loader__ is None or True)
print(sys.modules['__main__'].__name__, sys.argv[0])
print(type(__builtins__).__name__ in ('module', 'dict'))
import __main__
print(__main__.__file__ == __file__)
