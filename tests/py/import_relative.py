try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .x import y
except ImportError as e:
    print(type(e).__name__, e)
import imppkg.sub
print(imppkg.sub.g2('rel'))
