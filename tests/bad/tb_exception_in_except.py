try:
    raise OSError('first')
except OSError:
    [][1]
