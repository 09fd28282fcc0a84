try:
    {}['missing']
except KeyError as e:
    print(e, e.args)
try:
    [].missing
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)
try:
    undefined_name
except NameError as e:
    print(e, e.name)
e = AttributeError('m', name='n', obj=3)
print(e, e.name, e.obj)
e = NameError('nm', name='x')
print(e.name)
try:
    AttributeError('m', bogus=1)
except TypeError as err:
    print(err)
e = ImportError('cannot import', name='mod', path='/p')
print(e, e.msg, e.name, e.path)
e = ImportError()
print(e.msg, e.name, e.path, repr(e))
e = ImportError('a', 'b')
print(e, e.msg)
try:
    import definitely_not_a_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    ValueError(x=1)
except TypeError as err:
    print(err)
