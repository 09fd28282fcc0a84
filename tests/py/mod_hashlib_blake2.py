import hashlib
print(hashlib.blake2b(b'x', digest_size=64).hexdigest(), hashlib.blake2s(b'x', key=b'', salt=b'', person=b'').hexdigest())
print(hashlib.blake2b(fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False).hexdigest()[:32])
h = hashlib.blake2s(); h.update(b'abc'); print(h.name, h.digest_size, h.block_size, h.copy().hexdigest())
print(hashlib.new('blake2b', b'abc').hexdigest() == hashlib.blake2b(b'abc').hexdigest())
try: hashlib.blake2b(data=b'x')
except TypeError as e: print(e)
