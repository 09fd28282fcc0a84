import argparse, sys
sys.stderr = sys.stdout
def run(p, argv):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
p = argparse.ArgumentParser(prog='n')
p.add_argument('src', nargs=2)
p.add_argument('rest', nargs='*', default=['none'])
p.add_argument('--ext', action='extend', nargs='+')
p.add_argument('--const', action='store_const', const=7)
p.add_argument('--ac', action='append_const', const='k', dest='keys')
p.add_argument('--pi', type=float, default='3.5')
p.add_argument('-x', type=int, default=0)
for argv in [['a', 'b'], ['a', 'b', 'c', 'd'], ['a'], ['--ext', '1', '2', '--ext', '3', 'a', 'b'],
             ['a', 'b', '--const', '--ac', '--ac'], ['a', 'b', '-x', '-3'], ['a', 'b', '-x-4'], ['a', 'b', '--pi', '1e3']]:
    run(p, argv)
print(p.format_usage(), end='')
p = argparse.ArgumentParser(prog='neg')
p.add_argument('-1', dest='one', action='store_true')
p.add_argument('foo', nargs='?')
run(p, ['-1'])
run(p, ['-2'])
def pos_int(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % s)
    return v
p = argparse.ArgumentParser(prog='t', exit_on_error=False)
p.add_argument('--n', type=pos_int)
print(p.parse_args(['--n', '3']))
try:
    p.parse_args(['--n', '-3'])
except argparse.ArgumentError as e:
    print('ArgumentError', e)
