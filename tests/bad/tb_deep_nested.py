def level(n):
    if n == 0:
        raise LookupError('bottom reached')
    return level(n - 1)
level(50)
