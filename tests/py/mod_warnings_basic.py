import warnings, sys
sys.stderr = sys.stdout
def f():
    warnings.warn("careful")
for i in range(3):
    f()
warnings.warn("dep", DeprecationWarning)
def g():
    warnings.warn("in g", stacklevel=2)
g()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f(); f()
    warnings.warn("x", RuntimeWarning)
print(len(w), [str(m.message) for m in w], [m.category.__name__ for m in w], w[0].lineno)
warnings.simplefilter("error")
try:
    f()
except UserWarning as e:
    print("raised", e)
warnings.resetwarnings()
warnings.filterwarnings("ignore", "care")
f()
warnings.warn("shown")
print(warnings.formatwarning("m", UserWarning, "file.py", 3, "line"))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
warnings.warn(UserWarning("instance"))
class MyWarning(UserWarning):
    pass
warnings.warn("custom", MyWarning)
try:
    warnings.warn("bad", int)
except TypeError as e:
    print("TypeError", e)
