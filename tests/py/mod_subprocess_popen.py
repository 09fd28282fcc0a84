import subprocess
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b'abc\n' * 3)
print(out, err, p.returncode)
with subprocess.Popen(['sh', '-c', 'printf "1\\n2\\n3\\n"'], stdout=subprocess.PIPE, text=True) as p:
    lines = p.stdout.read().splitlines()
print(lines, p.returncode)
p = subprocess.Popen(['sh', '-c', 'exit 5'])
print(p.wait(), p.poll(), p.returncode)
p = subprocess.Popen(['sleep', '10'])
print(p.poll())
p.kill()
print(p.wait())
p = subprocess.Popen(['sleep', '10'])
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e)
p.terminate()
print(p.wait())
big = b'x' * 300000
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(big)
print(len(out), out == big)
