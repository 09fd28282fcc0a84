import argparse, sys
sys.stderr = sys.stdout
def run(p, argv):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
p = argparse.ArgumentParser(prog='mix')
p.add_argument('first')
p.add_argument('rest', nargs='*')
p.add_argument('-v')
for argv in [['a', '-v', '1', 'b'], ['a', 'b', '-v', '1'], ['-v', '1', 'a', 'b'], ['a', '--', '-x', 'y'], ['--', '-a']]:
    run(p, argv)
q = argparse.ArgumentParser(prog='mix2')
q.add_argument('x', nargs='?')
q.add_argument('y', nargs='+')
q.add_argument('--o', nargs='*')
for argv in [['1'], ['1', '2', '3'], ['--o', 'a', 'b', '--', 'c'], ['1', '--o', '2']]:
    run(q, argv)
r = argparse.ArgumentParser(prog='rem')
r.add_argument('cmd')
r.add_argument('args', nargs=argparse.REMAINDER)
run(r, ['ls', '-l', '--all', 'x'])
print(q.parse_known_args(['1', '--zz', '2', '-q']))
