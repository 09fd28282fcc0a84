# printf-style formatting of ints that fit a machine word (the fast path)
# next to big ints, bools, floats for %d, negative values, precision, width,
# flags and the alternate form, for %d %i %u %o %x %X; int(text, base)
# through its positional fast path and with keywords.
values = [0, 1, -1, 7, -7, 255, -255, 65535, 2**31, -2**31, 2**48 - 1, -(2**48), 2**62, -(2**63), 2**64 + 5,
          -(2**70), True, False]
specs = ["%d", "%i", "%u", "%o", "%x", "%X", "%#o", "%#x", "%#X", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d",
         "%8.4x", "%-#8x|", "%#010x", "%+#o", "%.0d", "%.70x"]
for spec in specs:
    print(spec, [spec % v for v in values])
print(["%d" % f for f in (3.7, -3.7, 1e20)], "%x" % 255, "%c%x" % (65, 10))
try:
    "%x" % 1.5
except TypeError as error:
    print("TypeError", error)
print(int("ff", 16), int("-0x1F", 16), int(" 42 "), int("0b101", 0), int(b"77", 8), int(), int(3.9), int("5"))
for args in (("12", 1), ("zz", 36), ("1_000",), ("1__0",), ("",)):
    try:
        print(int(*args))
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)
try:
    int("10", base=2, x=1)
except TypeError as error:
    print("TypeError", error)
print(int("10", base=2), int("11", 3))
