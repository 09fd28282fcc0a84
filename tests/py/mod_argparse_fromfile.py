import argparse, os, sys
sys.stderr = sys.stdout
path = '/tmp/_leones_argparse_%d.txt' % os.getpid()
with open(path, 'w') as f:
    f.write('--name\nfrom file\n-v\n')
p = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
p.add_argument('--name')
p.add_argument('-v', action='count', default=0)
p.add_argument('rest', nargs='*')
print(p.parse_args(['@' + path, 'x', '-v']))
os.remove(path)
try:
    p.parse_args(['@/nonexistent/args.txt'])
except SystemExit as e:
    print('exit', e.code)
try:
    p.add_argument('--name')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
try:
    p.add_argument('bad', dest='x')
except ValueError as e:
    print('ValueError', e)
