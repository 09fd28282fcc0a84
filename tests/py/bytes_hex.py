b = bytes(range(0, 256, 37))
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -2), b"".hex(), bytearray(b"\x01\xff").hex(), b"abc".hex(":", 2))
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad  be ef"), bytearray.fromhex("00ff"), bytes.fromhex(""), bytes.fromhex(" 0A "))
for s in ["zz", "a", "abc", "0x1"]:
    try: bytes.fromhex(s)
    except ValueError as e: print("ValueError", e)
