import hashlib
data = bytes(range(256)) * 100
for name in ['md5', 'sha1', 'sha256', 'sha512', 'sha3_512', 'blake2s']:
    whole = hashlib.new(name, data).hexdigest()
    h = hashlib.new(name)
    for i in range(0, len(data), 777):
        h.update(data[i:i + 777])
    print(name, whole == h.hexdigest(), whole[:32])
h = hashlib.sha256(b'abc'); d1 = h.digest(); d2 = h.digest(); h.update(b'd'); print(d1 == d2, d1 != h.digest(), len(d1))
c = h.copy(); c.update(b'e'); print(h.hexdigest() != c.hexdigest(), hashlib.sha256(b'abcde').hexdigest() == c.hexdigest())
print(hashlib.sha1(b'').hexdigest(), hashlib.md5(b'').hexdigest(), hashlib.sha224(b'a' * 1000).hexdigest())
print(hashlib.sha384(b'The quick brown fox jumps over the lazy dog').hexdigest())
print(hashlib.shake_256(b'abc').hexdigest(20), hashlib.shake_128(b'').digest(0), len(hashlib.shake_128(b'x').digest(100)))
print(hashlib.new('sha512_256', b'x').hexdigest(), hashlib.new('sha512_224', b'x').digest_size)
print(hashlib.blake2b(b'abc').digest_size, hashlib.blake2b(b'abc').block_size, hashlib.blake2s(b'abc').hexdigest())
print(hashlib.md5(b'x' * 1000000).hexdigest(), hashlib.sha1(bytearray(b'q') * 10).hexdigest())
import io
print(hashlib.file_digest(io.BytesIO(data), 'sha256').hexdigest() == hashlib.sha256(data).hexdigest())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 20).hex(), hashlib.pbkdf2_hmac('sha512', b'p', b's', 3).hex()[:40])
