import os
import os.path
from os.path import join, splitext
print(os.sep, os.name, os.linesep == '\n', os.curdir, os.pardir, os.pathsep)
print(join('a', 'b', 'c'), join('/a', '/b'), join('a/', 'b'), join('', 'x'), os.path.join('a'))
print(os.path.split('/a/b/c'), os.path.split('c'), os.path.split('/c'), os.path.split('a//b'), os.path.split('//'))
print(splitext('a/b.tar.gz'), splitext('.bashrc'), splitext('a/.hidden.txt'), splitext('noext'), splitext('a.b/c'))
print(os.path.basename('/a/b/'), os.path.dirname('/a/b/'), os.path.dirname('file'), os.path.isabs('/x'), os.path.isabs('x'))
print(os.path.normpath('/a/./b/../c//d/'), os.path.normpath('../../x'), os.path.normpath(''), os.path.normpath('//a'))
print(os.path.relpath('/a/b/c', '/a/x'), os.path.commonprefix(['/usr/lib', '/usr/local']), os.path.expanduser('x'))
print(os.path.abspath('/x/y/../z'), os.path.abspath('rel') == os.path.join(os.getcwd(), 'rel'))
base = '/tmp/leones_import_os_%x' % id(object())
os.makedirs(base + '/sub/deeper', exist_ok=True)
os.makedirs(base + '/sub', exist_ok=True)
with open(base + '/sub/f.txt', 'w') as f:
    f.write('12345')
print(os.path.exists(base), os.path.isdir(base + '/sub'), os.path.isfile(base + '/sub/f.txt'), os.path.getsize(base + '/sub/f.txt'))
print(sorted(os.listdir(base + '/sub')), os.stat(base + '/sub/f.txt').st_size)
os.rename(base + '/sub/f.txt', base + '/sub/g.txt')
print(sorted(os.listdir(base + '/sub')))
print([(p[len(base):], sorted(d), sorted(f)) for p, d, f in os.walk(base)])
os.remove(base + '/sub/g.txt')
os.rmdir(base + '/sub/deeper')
os.rmdir(base + '/sub')
os.rmdir(base)
print(os.path.exists(base))
for bad in [lambda: os.stat('/no/such/file'), lambda: os.listdir('/no/such/dir'), lambda: os.mkdir('/tmp'),
            lambda: os.remove('/no/such/file'), lambda: os.rmdir('/no/such'), lambda: os.stat(3.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(type(os.environ.get('PATH')).__name__, os.getenv('NO_SUCH_VAR_XYZ', 'dflt'), isinstance(os.getpid(), int))
print(len(os.urandom(8)), os.fspath('p'), os.path.exists('/'))
