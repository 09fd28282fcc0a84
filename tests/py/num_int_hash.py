vals = [0, 1, -1, -2, 2**48, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61), 2**64, 10**30, -(10**30), 3**100]
print([hash(v) for v in vals])
print([hash(float(v)) == hash(v) for v in vals[:10]])
print(hash(True), hash(False), hash(1.5), hash(-1.5), hash(0.1), hash(1e300), hash(-0.0), hash(float('inf')), hash(float('-inf')))
print(hash(2**-10), hash(1e-300), hash(123456.789), hash(-1.0))
d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d)
