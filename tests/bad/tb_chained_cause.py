try:
    int('abc')
except ValueError as e:
    raise RuntimeError('converted') from e
