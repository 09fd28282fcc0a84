print(pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(2, 10**20, 10**9 + 7), pow(12345678901234567890, 98765, 10**18 + 9))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11), pow(5, -2, -13))
print(pow(7, 0, 1), pow(0, 0, 5), pow(10, 5, 1), pow(4, -1, 1))
for args in [(2, 3, 0), (2, -1, 4), (2, 3.0, 5), (2.0, 3, 5)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
