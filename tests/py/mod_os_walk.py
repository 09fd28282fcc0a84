import os
base = '/tmp/_leones_walk_%d' % os.getpid()
for p in ['a/b/c', 'a/d', 'e']:
    os.makedirs(os.path.join(base, p))
for f in ['a/f1', 'a/b/f2', 'a/b/c/f3', 'e/f4', 'top']:
    with open(os.path.join(base, f), 'w') as fh: fh.write(f)
res = []
for root, dirs, files in os.walk(base):
    dirs.sort()
    res.append((os.path.relpath(root, base), sorted(dirs), sorted(files)))
print(res)
print(sorted((os.path.relpath(r, base), sorted(f)) for r, d, f in os.walk(base, topdown=False)))
with os.scandir(base) as it:
    ents = sorted(it, key=lambda e: e.name)
print([(e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in ents], os.fspath(ents[0]) == os.path.join(base, 'a'))
os.symlink(os.path.join(base, 'top'), os.path.join(base, 'lnk'))
print(os.path.islink(os.path.join(base, 'lnk')), os.readlink(os.path.join(base, 'lnk')) == os.path.join(base, 'top'), os.path.realpath(os.path.join(base, 'lnk')) == os.path.join(base, 'top'))
print(os.path.getsize(os.path.join(base, 'a/b/c/f3')), os.stat(os.path.join(base, 'lnk')).st_size, os.lstat(os.path.join(base, 'lnk')).st_size > 0)
for r, d, f in os.walk(base, topdown=False):
    for x in f: os.remove(os.path.join(r, x))
    for x in d: os.rmdir(os.path.join(r, x))
os.rmdir(base); print(os.path.exists(base), list(os.walk(base)))
