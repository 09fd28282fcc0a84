import sys
n = sys.stdout.write('direct write\n')
print(n)
sys.stdout.writelines(['a', 'b', '\n'])
sys.stdout.flush()
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.mode, sys.stdout.name, sys.stderr.name)
print(repr(sys.stdout))
print(sys.stdout.encoding.lower().replace('-', ''))
class Capture:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
        return len(s)
    def flush(self):
        pass
old = sys.stdout
sys.stdout = Capture()
print('captured', 1)
cap = sys.stdout
sys.stdout = old
print(cap.data)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
