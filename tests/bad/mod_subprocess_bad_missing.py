import subprocess
subprocess.run(['/nonexistent/leones-test-program', 'x'])
