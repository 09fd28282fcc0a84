import sys
for arg in [(), (0,), (3,), ('msg',), (None,), (1, 2)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print(e.code)
print(isinstance(SystemExit(), BaseException), isinstance(SystemExit(), Exception))
