import subprocess, sys, time
t0 = time.monotonic()
try:
    subprocess.run(['sh', '-c', 'echo started; sleep 5; echo never'], capture_output=True, timeout=0.3)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e, e.timeout, e.stdout, e.output, e.stderr)
print('fast enough', time.monotonic() - t0 < 3)
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e.cmd, e.output)
p = subprocess.Popen(['sh', '-c', 'echo a; sleep 0.5; echo b'], stdout=subprocess.PIPE, text=True)
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print('first', repr(e.output))
out, err = p.communicate()
print('resumed', repr(out), err, p.returncode)
r = subprocess.run(['echo', 'quick'], capture_output=True, text=True, timeout=5)
print(r.stdout, end='')
print(subprocess.check_output(['cat'], input=b'x' * 100000, timeout=10) == b'x' * 100000)
