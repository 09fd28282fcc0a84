class I(int):
    pass
a = I(10**20)
print(hash(a) == hash(10**20), a == 10**20, {a: 1}[10**20], a + a, type(a).__name__, I() , I(-3) // 2)
print(sum([0.1] * 10), sum(range(10), 0.5), sum([1j, 2]), sum([10**20, 1.5]))
print(int.__new__(I, 7), type(int.__new__(I, 7)).__name__, I.from_bytes(b'\x05', 'big'), I(5).bit_length())
x = 2 ** 3000
print(x.bit_length(), (x - 1).bit_count(), x % 1000, x // (x >> 1))
print(round(-0.5), round(0.5), round(-1.5), round(1e300), -7 // 2, -7 % 2, 7 // -2.0)
print(1e308 + 1e308, -1e308 * 10, 1e-320 * 1e-10, float('-0'), 0.0 * -1)
