import argparse
p = argparse.ArgumentParser(prog='backup', description='Back up files to a destination directory, '
                            'optionally compressing them and keeping a number of older copies around.',
                            epilog='Report bugs to nobody.')
p.add_argument('sources', nargs='+', metavar='SRC', help='files or directories to copy')
p.add_argument('dest', help='where the copies go')
p.add_argument('-n', '--dry-run', action='store_true', help="show what would be done, but don't do it")
p.add_argument('-k', '--keep', type=int, default=3, metavar='N', help='keep N old copies (default: %(default)s)')
p.add_argument('-z', '--compress', choices=['gzip', 'bzip2', 'xz'], help='compression method')
p.add_argument('--exclude', action='append', metavar='PATTERN', default=[], help='skip files matching PATTERN; may be repeated')
p.add_argument('--verbose', '-v', action='count', default=0, help=argparse.SUPPRESS)
g = p.add_argument_group('network', 'Options for remote destinations.')
g.add_argument('--host')
g.add_argument('--port', type=int, default=22)
p.print_help()
print(p.format_usage(), end='')
print(p.parse_args(['a', 'b', 'dst', '-nk', '5', '--exclude', '*.o', '--exclude=*.a', '-vvv', '--host', 'h']))
