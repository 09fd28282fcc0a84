import hmac, hashlib
h = hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', hashlib.sha256)
print(h.hexdigest(), h.name, h.digest_size, h.block_size)
print(hmac.new(b'key', b'msg', 'md5').hexdigest(), hmac.digest(b'k', b'm', 'sha1').hex())
h2 = hmac.new(b'k' * 200, digestmod='sha512'); h2.update(b'part1'); c = h2.copy(); h2.update(b'part2')
print(h2.hexdigest()[:32], c.hexdigest()[:32], hmac.new(b'', b'', 'sha384').hexdigest()[:32])
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest('a', 'a'), hmac.compare_digest(b'a', b'ab'))
print(hmac.new(bytearray(b'key'), digestmod=hashlib.md5).hexdigest())
for f in [lambda: hmac.new(b'k'), lambda: hmac.new('k', digestmod='md5'), lambda: hmac.compare_digest('a', b'a')]:
    try: f()
    except TypeError as e: print(e)

import hmac
for a,b in [('a',b'a'),(b'a','a'),(1,2),(1,b'a'),(b'a',1),('é','é'),(1,'a'),(bytearray(b'x'), memoryview(b'x'))]:
  try: print(hmac.compare_digest(a,b))
  except TypeError as e: print(e)
