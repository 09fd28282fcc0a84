import os
d = '/tmp/_leones_nonempty_dir'
os.makedirs(d + '/sub', exist_ok=True)
try:
    os.rmdir(d)
finally:
    os.rmdir(d + '/sub'); os.rmdir(d)
