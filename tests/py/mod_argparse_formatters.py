import argparse
p = argparse.ArgumentParser(prog='fmt', formatter_class=argparse.RawDescriptionHelpFormatter,
                            description='''Line one
    indented line two
Line three''')
p.add_argument('--size', type=int, default=10, help='the size')
p.print_help()
p = argparse.ArgumentParser(prog='fmt2', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument('--size', type=int, default=10, help='the size')
p.add_argument('--name', default='bob')
p.add_argument('pos', nargs='?', default='P', help='positional')
p.print_help()
p = argparse.ArgumentParser(prog='a_program_with_a_rather_long_name_indeed_that_goes_on', description='x ' * 60)
for i in range(8):
    p.add_argument('--option-number-%d' % i, metavar='VAL%d' % i)
p.add_argument('input')
p.add_argument('output', nargs='+')
p.print_help()
print(repr(p.format_usage()))
