try:
    raise SystemExit(5)
except SystemExit as e:
    print(e.code, e.args, repr(e))
try:
    raise SystemExit('message')
except SystemExit as e:
    print(e.code, str(e))
try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print(repr(e), isinstance(e, Exception), isinstance(e, BaseException))
try:
    raise GeneratorExit('g')
except BaseException as e:
    print(type(e).__name__, e)
try:
    exit_code = 0
    raise SystemExit
except SystemExit as e:
    print(e.code)
try:
    import sys
    sys.exit(3)
except SystemExit as e:
    print('sys.exit', e.code)
