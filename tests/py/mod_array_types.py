from array import array
limits = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535), 'i': (-2**31, 2**31 - 1),
          'I': (0, 2**32 - 1), 'l': (-2**63, 2**63 - 1), 'L': (0, 2**64 - 1), 'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1)}
for c, (lo, hi) in limits.items():
    a = array(c, [lo, hi, 0])
    print(c, a.itemsize, a, a.tobytes().hex(), array(c, a.tobytes()) == a)
    for bad in (lo - 1, hi + 1):
        try: array(c, [bad])
        except OverflowError as e: print(' ', bad, e)
for c in 'fd':
    a = array(c, [1, 2.5, -0.0, float('inf'), 1e-45]); print(c, a, a.tobytes().hex())
u = array('u', 'a€𝄞'); print(u, u.itemsize, len(u), u.tounicode(), u[2], u.tobytes().hex())
print(array('b', b'\x80\x7f'), array('H', b'\x01\x02\x03\x04'), array('d', array('b', [1, -1])), array('i', array('i', [4])))
