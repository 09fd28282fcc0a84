import argparse
p = argparse.ArgumentParser(prog='prog')
p.add_argument('name')
p.add_argument('--count', type=int)
p.parse_args(['--count', 'three'])
