names = ['BaseException', 'SystemExit', 'KeyboardInterrupt', 'GeneratorExit', 'Exception',
         'StopIteration', 'ArithmeticError', 'ZeroDivisionError', 'OverflowError', 'AssertionError',
         'AttributeError', 'LookupError', 'IndexError', 'KeyError', 'NameError', 'UnboundLocalError',
         'OSError', 'FileNotFoundError', 'PermissionError', 'ConnectionResetError', 'RuntimeError',
         'NotImplementedError', 'RecursionError', 'SyntaxError', 'IndentationError', 'TabError',
         'TypeError', 'ValueError', 'UnicodeError', 'UnicodeDecodeError', 'Warning', 'UserWarning',
         'DeprecationWarning', 'ImportError', 'ModuleNotFoundError', 'MemoryError', 'EOFError']
import builtins
for n in names:
    c = getattr(builtins, n)
    print(n, [b.__name__ for b in c.__mro__[1:]])
print(issubclass(KeyError, LookupError), issubclass(KeyError, IndexError))
print(issubclass(BrokenPipeError, ConnectionError), issubclass(TimeoutError, OSError))
print(EnvironmentError is OSError, IOError is OSError)
print(isinstance(ZeroDivisionError(), ArithmeticError))
try:
    1 / 0
except ArithmeticError as e:
    print('caught', type(e).__name__, e)
try:
    [][0]
except (KeyError, IndexError) as e:
    print('caught', type(e).__name__, e)
try:
    {}['x']
except LookupError as e:
    print('caught', type(e).__name__, e)
