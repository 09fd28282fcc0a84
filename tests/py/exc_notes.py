e = ValueError('v')
print(hasattr(e, '__notes__'))
e.add_note('first note')
e.add_note('second')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(err)
try:
    try:
        raise KeyError('k')
    except KeyError as k:
        k.add_note('added while handling')
        raise
except KeyError as k:
    print(k.__notes__)
