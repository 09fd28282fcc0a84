try:
    raise KeyboardInterrupt
except KeyboardInterrupt:
    print('handled')
raise MemoryError('not really')
