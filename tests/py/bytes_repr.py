tests = [b"", b"abc", b"it's", b'say "hi"', b"both ' and \"", b"\t\n\r\\", bytes(range(0, 256, 7)), b"\x7f\x80\xff", b"'"]
for b in tests:
    print(repr(b), str(b), len(b))
print(repr(bytearray(b"x'y")), repr(bytearray()), str(bytearray(b"\x00a")), [bytearray(b"q")])
