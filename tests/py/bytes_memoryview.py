b = bytearray(b"hello world")
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[1:4]), m[::2].tobytes(), m.tolist()[:3], m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.strides)
m[0] = 72
m[6:11] = b"WORLD"
print(b, m == b"Hello WORLD", m == bytearray(b"x"), memoryview(b"abc") == memoryview(b"abc"), m.obj is b)
r = memoryview(b"readonly")
print(r.readonly, hash(r) == hash(b"readonly"), bytes(r[::-1]), r[2:5].hex(), r.hex(":"), list(r[:3]), b"-".join([r[:2], b"x"]))
try: r[0] = 1
except TypeError as e: print("TypeError", e)
try: hash(m)
except ValueError as e: print("ValueError", e)
with memoryview(b"ctx") as c:
    print(c.tobytes())
try: c.tobytes()
except ValueError as e: print("ValueError", e)
try: memoryview("str")
except TypeError as e: print("TypeError", e)
try: m[100]
except IndexError as e: print("IndexError", e)
try: m[0:2] = b"abc"
except ValueError as e: print("ValueError", e)
print(bytes(memoryview(b"xyz")), bytearray(memoryview(b"q")), b"ab" + memoryview(b"cd"), str(memoryview(b"\xc3\xa9"), "utf-8"), memoryview(b"AB").tobytes().decode())
print([x for x in memoryview(b"\x01\x02")], b"%s" % memoryview(b"mv"), b"abc".startswith(memoryview(b"ab")) if False else "", type(m).__name__, m[1:][1:3].tobytes())
