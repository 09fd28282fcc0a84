import subprocess
subprocess.check_call(['false'])
