for n in [0, 1, -1, 255, -255, 2**64, -(2**100), True]:
    print(bin(n), oct(n), hex(n))
class I:
    def __index__(self):
        return 42
print(bin(I()), oct(I()), hex(I()))
for f in (bin, oct, hex):
    try:
        f(1.5)
    except TypeError as e:
        print(e)
