for v in [0, 1, -1, 255, -255, 2**48, 10**25, -(3**60)]:
    print(str(v), repr(v), hex(v), oct(v), bin(v))
print(int(str(7**500)) == 7**500, int(hex(7**500), 16) == 7**500, int(bin(-(3**99)), 0) == -(3**99))
