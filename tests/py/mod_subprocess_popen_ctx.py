import subprocess, sys
with subprocess.Popen(['sh', '-c', 'read x; echo "got $x"; echo err >&2'], stdin=subprocess.PIPE,
                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as p:
    out, err = p.communicate('value\n')
print(repr(out), repr(err), p.returncode, p.args[0])
p = subprocess.Popen([sys.executable, '-c', 'print(sum(range(10)))'], stdout=subprocess.PIPE)
print(p.stdout.read(), p.wait())
p.stdout.close()
procs = [subprocess.Popen(['sh', '-c', 'exit %d' % i]) for i in range(4)]
print([q.wait() for q in procs])
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b'line1\n')
p.stdin.write(b'line2\n')
out, _ = p.communicate()
print(out)
print(repr(subprocess.Popen(['true'])).startswith('<Popen: returncode: '))
try:
    subprocess.run(['true'], input=b'x', stdin=subprocess.PIPE)
except ValueError as e:
    print('ValueError', e)
try:
    subprocess.run(['true'], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print('ValueError', e)
try:
    subprocess.check_output(['true'], stdout=subprocess.PIPE)
except ValueError as e:
    print('ValueError', e)
