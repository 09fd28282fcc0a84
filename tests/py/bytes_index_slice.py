b = b"abcdefghij"
print(b[0], b[-1], b[3:7], b[::2], b[::-1], b[8:1:-3], b[100:], b[True], list(b[:3]), b[5:2])
ba = bytearray(b"hello")
print(ba[1], ba[1:3], ba[::-1], type(ba[1:3]).__name__, ba[-5])
for k in (10, -11):
    try: b[k]
    except IndexError as e: print("IndexError", e)
try: ba[5]
except IndexError as e: print("IndexError", e)
for k in ("a", 1.5):
    try: b[k]
    except TypeError as e: print("TypeError", e)
try: b[0] = 1
except TypeError as e: print("TypeError", e)
