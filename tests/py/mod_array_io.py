from array import array
import io
a = array('i', [1, -2, 3])
f = io.BytesIO(); a.tofile(f); print(f.getvalue())
f.seek(0); b = array('i'); b.fromfile(f, 3); print(b)
f.seek(0); c = array('i')
try: c.fromfile(f, 5)
except EOFError as e: print('EOFError', e, c)
a.byteswap(); print(a, a.tobytes().hex()); a.byteswap(); print(a)
d = array('h'); d.frombytes(b'\x01\x00\x02\x00'); d.frombytes(bytearray(b'\x03\x00')); print(d)
d.fromlist([7, 8]); print(d)
try: d.fromlist([1, 'x'])
except TypeError as e: print(e, d)
u = array('u'); u.fromunicode('héllo'); print(u, u.tounicode().upper())
print(memoryview(bytes(array('H', [1, 256]))).tolist(), bytes(array('b', [-1])), bytearray(array('B', [1, 2])))
import copy
x = array('d', [1.5]); y = copy.deepcopy(x); y[0] = 2.5; print(x, y, x.buffer_info()[1])
import struct
print(struct.unpack('<3i', array('i', [7, 8, 9])))
