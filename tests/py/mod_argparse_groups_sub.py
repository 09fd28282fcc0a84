import argparse, sys
sys.stderr = sys.stdout
def run(p, argv):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
p = argparse.ArgumentParser(prog='tool')
p.add_argument('--version', action='version', version='%(prog)s 1.0')
g = p.add_mutually_exclusive_group()
g.add_argument('--fast', action='store_true', help='go fast')
g.add_argument('--slow', action='store_true', help='go slow')
grp = p.add_argument_group('extra', 'Extra options here.')
grp.add_argument('--level', type=int, choices=range(1, 4), default=1, help='level')
p.add_argument('nums', nargs='+', type=int, help='numbers')
p.add_argument('last', nargs='?', default='L')
p.print_help()
for argv in [['1', '2', '3'], ['--fast', '1'], ['--fast', '--slow', '1'], ['-5', '3'], ['--', '-5', '3'],
             ['--level', '2', '4'], ['--level', '9', '4'], ['--version'], ['x']]:
    run(p, argv)
p = argparse.ArgumentParser(prog='git')
p.add_argument('-C', dest='dir')
sub = p.add_subparsers(dest='cmd', help='sub-command help')
a = sub.add_parser('add', help='add files')
a.add_argument('paths', nargs='*')
a.add_argument('-n', '--dry-run', action='store_true')
c = sub.add_parser('commit', help='record changes')
c.add_argument('-m', required=True)
p.print_help()
for argv in [['add', 'a', 'b', '-n'], ['-C', '/x', 'commit', '-m', 'msg'], ['commit'], ['push'], []]:
    run(p, argv)
q = argparse.ArgumentParser(prog='q', add_help=False, usage='%(prog)s [stuff]')
q.add_argument('x', metavar='X_VAL', help='value %(metavar)s')
q.add_argument('--bool', action=argparse.BooleanOptionalAction, default=True, help='toggle')
q.set_defaults(extra=42)
q.print_help()
run(q, ['1', '--no-bool'])
ns, rest = q.parse_known_args(['1', '--zzz', 'y'])
print(ns, rest, q.get_default('extra'))
print(argparse.Namespace(a=1, b='x'), argparse.Namespace(a=1) == argparse.Namespace(a=1))
