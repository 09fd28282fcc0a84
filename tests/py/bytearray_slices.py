b = bytearray(range(10))
b[2:5] = b"\xff"; print(list(b))
b[::3] = b"abcd"[:len(b[::3])]; print(b)
b[5:] = []; print(b)
b[1:1] = (65, 66); print(b)
b[-2:] = bytearray(b"zz"); print(b)
del b[::-2]; print(b)
b[10:20] = b"tail"; print(b)
b[:] = b"reset"; print(b)
b[::-1] = b"RESET"; print(b)
for v in (5, "str", [256], [1.5]):
    try: b[0:1] = v
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: b[::2] = b"toolongvalue"
except ValueError as e: print("ValueError", e)
