import subprocess, sys, os
r = subprocess.run([sys.executable, '-c', 'import sys; data = sys.stdin.read(); print(len(data)); print(data.upper(), end="")'],
                   input='hello\nworld\n', capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
r = subprocess.run([sys.executable, '-c', 'import sys; sys.stderr.write("oops\\n"); sys.exit(4)'], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run(['sh', '-c', 'printf "a\\r\\nb\\r\\n"'], capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(['sh', '-c', 'printf "a\\r\\nb"'], capture_output=True)
print(repr(r.stdout))
path = '/tmp/leones_subprocess_test_%d.txt' % os.getpid()
with open(path, 'w') as f:
    subprocess.run(['echo', 'to file'], stdout=f)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(subprocess.run(['wc', '-c'], stdin=f, capture_output=True, text=True).stdout.strip())
os.remove(path)
r = subprocess.run(['sh', '-c', 'echo "$0 $1 $2"', 'zero', 'one two', 'three'], capture_output=True, text=True)
print(r.stdout, end='')
r = subprocess.run(['env'], env={'ONLY': 'this'}, capture_output=True, text=True)
print(r.stdout.strip())
print(subprocess.run(['true']).args, subprocess.run('true', shell=True).args)
