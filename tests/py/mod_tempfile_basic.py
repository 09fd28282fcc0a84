import tempfile, os, shutil
d = tempfile.gettempdir(); print(os.path.isdir(d), os.path.isabs(d), tempfile.gettempprefix())
fd, path = tempfile.mkstemp(suffix='.txt', prefix='lt_')
print(os.path.basename(path).startswith('lt_'), path.endswith('.txt'), len(os.path.basename(path)))
os.write(fd, b'data'); os.close(fd); print(open(path).read(), oct(os.stat(path).st_mode & 0o777)); os.remove(path)
dd = tempfile.mkdtemp(prefix='ltd_'); print(os.path.isdir(dd), oct(os.stat(dd).st_mode & 0o777)); os.rmdir(dd)
with tempfile.NamedTemporaryFile('w+', suffix='.log') as f:
    f.write('hello\n'); f.flush(); f.seek(0); print(f.read(), os.path.exists(f.name), f.name.endswith('.log'))
    name = f.name
print(os.path.exists(name))
f = tempfile.NamedTemporaryFile(delete=False); f.write(b'keep'); f.close(); print(open(f.name, 'rb').read()); os.unlink(f.name)
with tempfile.TemporaryFile() as t:
    t.write(b'abc'); t.seek(0); print(t.read())
with tempfile.TemporaryDirectory(prefix='ltt_') as td:
    os.makedirs(os.path.join(td, 'a', 'b')); open(os.path.join(td, 'a', 'b', 'f'), 'w').close()
    print(sorted(os.listdir(td)), os.path.basename(td).startswith('ltt_'))
print(os.path.exists(td))
td2 = tempfile.TemporaryDirectory(); print(repr(td2).startswith('<TemporaryDirectory'), os.path.isdir(td2.name)); td2.cleanup(); print(os.path.exists(td2.name))
names = {tempfile.mktemp() for _ in range(20)}; print(len(names))
