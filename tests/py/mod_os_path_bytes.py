import os, os.path as p
print(p.join(b'a', b'b', b'/c', b'd'), p.split(b'/x/y'), p.basename(b'/q/r.txt'), p.dirname(b'/a/b'))
print(p.splitext(b'a.tar.gz'), p.normpath(b'a//b/../c'), p.isabs(b'/x'), p.relpath(b'/a/b/c', b'/a'), p.splitdrive(b'/x'))
print(p.abspath(b'/a/./b'), p.expanduser(b'/no/tilde'), p.normcase(b'X'), p.join(b'\xff', b'\xfe'))
for f in [lambda: p.join('a', b'b'), lambda: p.join(b'a', 'b'), lambda: p.split(3)]:
    try: f()
    except TypeError as e: print(e)
print(type(os.listdir(b'/')[0]).__name__, sorted(os.listdir(b'/')) == sorted(x.encode() for x in os.listdir('/')))
print(os.fsencode('/é'), os.fsdecode(b'/\xc3\xa9'), p.exists(b'/'), p.isdir(b'/tmp'))
