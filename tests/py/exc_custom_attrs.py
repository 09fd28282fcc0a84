class HTTPError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
    def __str__(self):
        return f'HTTP {self.status}: {self.reason}'
e = HTTPError(404, 'Not Found')
print(e, repr(e), e.args, e.status, sorted(vars(e)))
try:
    raise e
except Exception as caught:
    print(caught is e, isinstance(caught, HTTPError))
class Chain(Exception):
    pass
def layer(n):
    if n == 0:
        raise Chain('bottom')
    try:
        layer(n - 1)
    except Chain as inner:
        raise Chain(f'level {n}') from inner
try:
    layer(3)
except Chain as top:
    msgs = []
    cur = top
    while cur is not None:
        msgs.append(str(cur))
        cur = cur.__cause__
    print(msgs)
class Slotted(Exception):
    __slots__ = ('code',)
s = Slotted('x')
s.code = 5
s.other = 6
print(s.code, s.other, s.args)
