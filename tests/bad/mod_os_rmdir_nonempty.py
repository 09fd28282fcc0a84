import os
d = '/tmp/_leones_nonempty_%d' % os.getpid()
os.makedirs(d + '/sub', exist_ok=True)
try:
    os.rmdir(d)
except OSError as e:
    err = e
finally:
    os.rmdir(d + '/sub'); os.rmdir(d)
print(type(err).__name__, err.errno, err.strerror, err.filename == d)
raise OSError(err.errno, err.strerror)
