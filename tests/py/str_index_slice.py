s = "abcdefghij"
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[::2], s[::-1], s[1:8:3], s[8:1:-2], s[100:], s[-100:3], s[5:2], s[::-3])
u = "αβγδεζηθικ€"
print(u[0], u[-1], u[3:7], u[::2], u[::-1], u[1:8:3], u[8:1:-2], u[10], u[-11], len(u), u[2:-2])
print(s[True], s[False:], "é€𝔘"[2], len("é€𝔘"), "é€𝔘"[::-1])
for k in (10, -11):
    try: s[k]
    except IndexError as e: print("IndexError", e)
for k in ("a", 1.5, None):
    try: s[k]
    except TypeError as e: print("TypeError", e)
