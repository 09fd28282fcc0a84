def f(a, b, /, c, *args, d, e=1, **kw):
    x = 1
    def inner():
        return x + a
    return inner
co = f.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_cellvars, co.co_nlocals)
print(f(1, 2, 3, d=4).__code__.co_freevars)
print(co.co_flags & 0x4 != 0, co.co_flags & 0x8 != 0)
print(co.co_filename.endswith('compile_code_attrs.py'), co.co_firstlineno)
print(f.__qualname__, f(1, 2, 3, d=4).__qualname__)
