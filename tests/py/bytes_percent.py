print(b"%s %d %x %c %c %r %a %%" % (b"bs", 42, 255, 65, b"B", b"r", "é"), b"%5s|%-5s|%.1s" % (b"a", b"b", b"cd"))
print(b"%(k)s" % {b"k": b"v"}, bytearray(b"%d-%s") % (1, bytearray(b"z")), b"%b" % b"bb", b"%s" % bytearray(b"mv"), b"%.2f %e" % (1.5, 2.0))
class B:
    def __bytes__(self): return b"BB"
print(b"%s" % B(), b"%5d|%-5x|%05o" % (1, 2, 3))
for fmt, a in [(b"%s", "str"), (b"%c", 256), (b"%c", b"ab"), (b"%d", b"1"), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%y", 1)]:
    try: print(fmt % a)
    except (TypeError, ValueError, OverflowError) as e: print(type(e).__name__, e)
