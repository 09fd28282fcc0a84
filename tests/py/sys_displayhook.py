import sys
import builtins
sys.displayhook(42)
print(builtins._)
sys.displayhook(None)
print(builtins._)
sys.displayhook('text')
sys.displayhook([1, 'a'])
print(sys.__displayhook__ is sys.displayhook, callable(sys.excepthook), sys.__excepthook__ is sys.excepthook)
