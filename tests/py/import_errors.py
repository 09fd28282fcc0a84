import sys
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import imppkg.no_such_sub
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from impmod_plain import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0], e.name)
try:
    import impmod_plain.sub
except ModuleNotFoundError as e:
    print(e)
try:
    from sys import no_such_thing
except ImportError as e:
    print(e)
try:
    import imppkg.raises
except ValueError as e:
    print('ValueError', e, 'imppkg.raises' in sys.modules)
sys.modules['blocked_mod'] = None
try:
    import blocked_mod
except ImportError as e:
    print(type(e).__name__, e)
tests = [lambda: __import__(''), lambda: __import__('x', level=-1), lambda: __import__('x', {'__name__': 'top'}, None, [], 1),
         lambda: __import__(5)]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
