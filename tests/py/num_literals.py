print(0x1F, 0o17, 0b101, 1_000_000, 0x_ff, 1e3, 1.5e-3, .5, 5., 1_0.0_1, 1E10, 0e0, 3j, 1.5J, 0b1111_0000)
print(123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFFFFFF, 1e400, 0.000000000000000000001)
print(type(0x10).__name__, type(1e0).__name__, type(1j).__name__, type(10**100).__name__)
