b = b"Hello, World"
print(b.count(b"l"), b.index(b"o"), b.rindex(b"o"), b.find(b"World", 3, 20), b.find(b"o", -3), b.rfind(b"l", 0, -3))
print(b.partition(b", "), b.rpartition(b"o"), b.split(b"o", 1), b.rsplit(b"o", 1), b.splitlines(), b"a\r\nb".splitlines(keepends=True))
print(b.ljust(15, b"."), b.rjust(15, b"."), b.center(16, b"."), b.zfill(14), b.expandtabs(), b"\ta\tb".expandtabs(3))
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize(), b.isalpha(), b.isalnum(), b.isascii())
print(b.startswith(b"Hell"), b.endswith((b"x", b"ld")), b.removeprefix(b"Hello"), b.removesuffix(b"World"), b.strip(b"Hd"), b.lstrip(b"He"), b.rstrip(b"dl"))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b.join([b"1", b"2"]), b"-".join(b"abc"[i:i+1] for i in range(3)), b.hex("."), bytes.fromhex(b.hex()) == b)
