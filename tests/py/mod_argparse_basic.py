import argparse, sys
def run(p, argv):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
p = argparse.ArgumentParser(prog='prog', description='A test program.', epilog='Bye.')
p.add_argument('zeta', help='the zeta')
p.add_argument('--alpha', type=int, default=3, help='alpha value (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('--a-very-long-option-name', metavar='VALUE', help='this is a long help text that should wrap around the line because it is far too long to fit')
p.add_argument('--mode', choices=['fast', 'slow'], help='one of %(choices)s')
p.add_argument('files', nargs='*')
p.add_argument('-q', action='store_true')
p.add_argument('--no', dest='yes', action='store_false')
p.add_argument('-I', action='append', default=[])
p.add_argument('--pair', nargs=2, type=float)
p.add_argument('--opt', nargs='?', const='C', default='D')
p.print_help()
sys.stderr = sys.stdout
for argv in [['z'], ['z', 'f1', 'f2', '--alpha', '5', '-vv'], ['z', '--alpha=7', '-qv', '-Ia', '-I', 'b'],
             ['--pair', '1', '2.5', 'z', '--opt'], ['z', '--opt', 'X', '--no'], ['z', '--mode', 'fast'],
             [], ['z', '--alpha', 'x'], ['z', '--mode', 'medium'], ['z', '--alpha'], ['z', '--bogus'],
             ['z', '--pair', '1'], ['z', '--alp', '9'], ['z', '-q=1'], ['-h']]:
    run(p, argv)
