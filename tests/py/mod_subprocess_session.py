# start_new_session=True: the child leads a new session and process group
# (seen with ps from the child shell itself), so os.killpg reaches it and
# whatever it started.
import os
import subprocess
import sys
import time

same = subprocess.run(["sh", "-c", 'test "$(ps -o sid= -p $$)" -eq $$ && echo leader || echo member'],
                      capture_output=True, text=True)
print("without:", same.stdout.strip())
new = subprocess.run(["sh", "-c", 'test "$(ps -o sid= -p $$)" -eq $$ && echo leader || echo member'],
                     capture_output=True, text=True, start_new_session=True)
print("with:", new.stdout.strip())

# a shell and its sleeping child, both killed through the group
p = subprocess.Popen(["sh", "-c", "sleep 30 & wait"], start_new_session=True)
time.sleep(0.2)
os.killpg(p.pid, 9)
print("killed:", p.wait())
try:
    os.killpg(1 << 40, 0)
except OverflowError as error:
    print("OverflowError")
try:
    os.killpg(0)
except TypeError as error:
    print("TypeError", error)
