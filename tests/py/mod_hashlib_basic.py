import hashlib
for n in ['md5','sha1','sha224','sha256','sha384','sha512','sha3_256','blake2b','blake2s', 'SHA256']:
    h = hashlib.new(n, b'abc'); print(n, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hashlib.sha256(); h.update(b'a'); c = h.copy(); h.update(b'b'); print(h.hexdigest(), c.hexdigest())
print(hashlib.md5(b'x').digest())
print(hashlib.shake_128(b'x').hexdigest(10), hashlib.shake_256().digest_size)
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 10).hex())
for f in [lambda: hashlib.md5('s'), lambda: hashlib.md5(1), lambda: hashlib.new('nope'), lambda: hashlib.new(1), lambda: hashlib.sha1().update()]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(hashlib.sha1(memoryview(b'abc')).hexdigest(), hashlib.sha1(bytearray(b'abc')).hexdigest())
print(type(hashlib.md5()).__name__, hashlib.sha256(string=b'a').hexdigest()[:8], hashlib.sha256(b'a', usedforsecurity=False).hexdigest()[:8])
print(sorted(hashlib.algorithms_guaranteed))
