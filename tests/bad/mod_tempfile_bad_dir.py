import tempfile
try:
    tempfile.mkstemp(dir='/nonexistent/leones_dir')
except FileNotFoundError as e:
    print(e.filename.startswith('/nonexistent/leones_dir/tmp'))
    raise FileNotFoundError(e.errno, e.strerror)
