import random
for s in ['hello', b'bytes', bytearray(b'ba'), '', 'héllo wörld' * 10]:
    random.seed(s); print(repr(s)[:20], random.random(), random.randrange(1000), random.getrandbits(70))
random.seed('abc', version=1); print(random.random())
random.seed(b'abc', version=1); print(random.random())
random.seed(3.5); print(random.random())
random.seed(-12345678901234567890); print(random.random())
r = random.Random('x'); print(r.random(), r.choice('abcdef'), r.sample(range(100), 5))
