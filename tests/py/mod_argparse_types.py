import argparse, sys
sys.stderr = sys.stdout
def run(p, argv):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
p = argparse.ArgumentParser(prog='types')
p.add_argument('--f', type=float)
p.add_argument('--i', type=int, choices=[1, 2, 3])
p.add_argument('--hex', type=lambda s: int(s, 16))
p.add_argument('--word', type=str.upper)
p.add_argument('--flag', action='store_true', default=None)
p.add_argument('--req', required=True)
for argv in [['--req', 'r', '--f', '2.5', '--i', '2', '--hex', 'ff', '--word', 'hi'], ['--req', 'r', '--f', 'x'],
             ['--req', 'r', '--i', '7'], ['--hex', 'zz', '--req', 'x'], ['--f', '1'], ['--req=a=b', '--flag']]:
    run(p, argv)
p.print_usage()
ns = argparse.Namespace()
ns.pre = 'kept'
print(p.parse_args(['--req', 'z'], namespace=ns))
print(vars(p.parse_args(['--req', 'q'])), 'req' in p.parse_args(['--req', 'q']))
p2 = argparse.ArgumentParser(prog='dflt', argument_default=argparse.SUPPRESS)
p2.add_argument('--a')
p2.add_argument('--b', default=5)
print(p2.parse_args([]), p2.parse_args(['--a', '1']))
