import fnmatch, glob, os, tempfile, shutil
for name, pat in [('a.py', '*.py'), ('a.py', '*.PY'), ('abc', 'a?c'), ('abc', 'a[bx]c'), ('abc', 'a[!b]c'), ('a-c', 'a[a-z]c'),
                  ('a]c', 'a[]]c'), ('.hidden', '*'), ('x', '[!]'), ('a\nb', 'a?b'), ('ab', 'a**b'), ('a^b', 'a[^]b'),
                  ('a[b', 'a[b'), ('', '*'), ('a&b', 'a[&]b'), ('foo/bar', 'foo*'), ('x.txt', '*.[tT][xX][tT]')]:
    print(repr(name), repr(pat), fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))
print(fnmatch.filter(['a.py', 'b.txt', 'c.py', '.d.py'], '*.py'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'))
base = tempfile.mkdtemp()
for p in ['a.py', 'b.py', 'c.txt', '.hid.py', 'sub/d.py', 'sub/deep/e.py', 'sub/deep/f.txt', 'x[1].py']:
    full = os.path.join(base, p); os.makedirs(os.path.dirname(full), exist_ok=True); open(full, 'w').close()
rel = lambda l: sorted(os.path.relpath(x, base) for x in l)
print(rel(glob.glob(os.path.join(base, '*.py'))), rel(glob.glob(os.path.join(base, '*'))))
print(rel(glob.glob(os.path.join(base, '**', '*.py'), recursive=True)), rel(glob.glob(os.path.join(base, '**'), recursive=True)))
print(rel(glob.glob(os.path.join(base, 's*', '*'))), rel(glob.glob(os.path.join(base, '?.txt'))), glob.glob(os.path.join(base, 'nope*')))
print(rel(glob.glob(os.path.join(base, '*.py'), include_hidden=True)), rel(glob.glob(os.path.join(base, glob.escape('x[1].py')))))
print(sorted(glob.glob('*.py', root_dir=base)), sorted(glob.glob('**/*.txt', root_dir=base, recursive=True)), glob.escape('a*b?[c]'))
print(rel(glob.iglob(os.path.join(base, 'sub', 'deep', '*'))), rel(glob.glob(os.path.join(base, 'sub/'))))
shutil.rmtree(base)
