from contextlib import contextmanager, suppress, closing, ExitStack, redirect_stdout, redirect_stderr, nullcontext, AbstractContextManager, ContextDecorator
import io, sys
@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("a") as t:
    print(t)
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed")
with swallow():
    raise KeyError(1)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after")
buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden")
print(repr(buf.getvalue()))
with ExitStack() as st:
    for i in range(3):
        st.callback(print, "cb", i)
    st.enter_context(tag("x"))
    print("body")
@tag("deco")
def f():
    print("in f")
f(); f()
class C:
    def close(self): print("closed")
with closing(C()):
    pass
with nullcontext(5) as v:
    print(v)
try:
    with ExitStack() as st:
        st.callback(lambda: 1 / 0)
        raise KeyError("k")
except ZeroDivisionError as e:
    print(type(e.__context__).__name__)
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def twice():
    yield
    yield
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
class M(AbstractContextManager):
    def __exit__(self, *a): print("exit"); return None
with M() as m:
    print(type(m).__name__)
print(isinstance(io.StringIO(), AbstractContextManager), isinstance(3, AbstractContextManager))
with ExitStack() as outer:
    inner = ExitStack()
    inner.callback(print, "moved")
    outer.push(inner.pop_all())
    print("in outer")
