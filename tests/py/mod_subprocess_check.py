import subprocess
print(subprocess.check_output(['echo', 'x']))
print(subprocess.check_output('echo y', shell=True, text=True))
print(subprocess.call(['true']), subprocess.call(['false']), subprocess.call('exit 7', shell=True))
print(subprocess.check_call(['true']))
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print('CalledProcessError', e, e.returncode, e.cmd)
try:
    subprocess.run(['sh', '-c', 'echo partial; exit 2'], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e, e.returncode, e.stdout, e.output, e.stderr)
try:
    subprocess.check_output(['sh', '-c', 'kill -9 $$'])
except subprocess.CalledProcessError as e:
    print(e.returncode)
try:
    subprocess.run(['/nonexistent/program'])
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.filename)
try:
    subprocess.run(['true'], cwd='/nonexistent/dir')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
r = subprocess.run(['false'])
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError))
print(subprocess.getoutput('echo hi; echo there'), subprocess.getstatusoutput('exit 1'))
