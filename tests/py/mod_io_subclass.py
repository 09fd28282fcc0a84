import io
class Tee(io.StringIO):
    def __init__(self, prefix):
        super().__init__()
        self.prefix = prefix
        self.count = 0
    def write(self, s):
        self.count += 1
        return super().write(self.prefix + s)
t = Tee('> '); t.write('a'); print(t.write('b'), t.getvalue(), t.count, t.prefix, isinstance(t, io.StringIO))
class Lines(io.StringIO):
    def readline(self, *a):
        return super().readline(*a).upper()
print(list(Lines('ab\ncd\n')))
class B(io.BytesIO):
    pass
b = B(b'xyz'); b.extra = 1; print(b.read(), b.extra, type(b).__name__, isinstance(b, io.BufferedIOBase))
class NoInit(io.StringIO):
    def __init__(self):
        pass
n = NoInit()
try: n.write('ok')
except ValueError as e: print(e)
def gen():
    out = io.StringIO()
    for i in range(1000):
        out.write(str(i))
        out.write(',')
    return out.getvalue()
s = gen(); print(len(s), s[:20], s[-10:])
print(io.StringIO('ünï\ncödé\n').readlines(), io.StringIO('€uro').read(1), len(io.StringIO('𝄞x').getvalue()))
s = io.StringIO('a\rb\r\nc'); print(s.newlines, [l for l in io.StringIO('a\rb\r\nc', newline='')])
s = io.StringIO(newline=None); s.write('1\r\n2\r3\n'); print(repr(s.getvalue()), s.newlines)
s = io.StringIO(newline='\r'); s.write('1\n2'); print(repr(s.getvalue()), s.readlines(), s.seek(0), s.readlines())
print(repr(io.StringIO('abc').read(0)), repr(io.BytesIO(b'abc').read(0)), io.StringIO().read(), io.BytesIO().read())
