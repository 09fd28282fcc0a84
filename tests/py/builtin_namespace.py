import builtins
names = ['abs', 'all', 'any', 'ascii', 'bin', 'callable', 'chr', 'compile', 'delattr', 'dir', 'divmod', 'eval', 'exec',
         'format', 'getattr', 'globals', 'hasattr', 'hash', 'hex', 'id', 'input', 'isinstance', 'issubclass', 'iter',
         'len', 'locals', 'max', 'min', 'next', 'oct', 'open', 'ord', 'pow', 'print', 'repr', 'round', 'setattr',
         'sorted', 'sum', 'vars', '__import__', '__build_class__', 'breakpoint', 'aiter', 'anext']
print([n for n in names if not hasattr(builtins, n)])
types = ['object', 'type', 'int', 'bool', 'float', 'complex', 'str', 'bytes', 'bytearray', 'list', 'tuple', 'dict',
         'set', 'frozenset', 'range', 'slice', 'property', 'staticmethod', 'classmethod', 'super', 'enumerate', 'zip',
         'map', 'filter', 'reversed']
print([t for t in types if not isinstance(getattr(builtins, t), type)])
excs = ['BaseException', 'Exception', 'ValueError', 'KeyError', 'OSError', 'FileNotFoundError', 'StopIteration',
        'ModuleNotFoundError', 'RecursionError', 'UnicodeDecodeError', 'DeprecationWarning', 'TabError',
        'EnvironmentError', 'IOError', 'KeyboardInterrupt', 'SystemExit', 'GeneratorExit']
print([e for e in excs if not issubclass(getattr(builtins, e), BaseException)])
print(getattr(builtins, "None") is None, getattr(builtins, "True"), builtins.Ellipsis, builtins.NotImplemented, __debug__)
print(builtins.__name__, builtins.IOError is OSError, builtins.EnvironmentError is OSError)
print(type(len).__name__, len.__module__)
builtins.my_global_helper = lambda: 'injected'
print(my_global_helper())
