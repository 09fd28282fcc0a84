s = '9' * 4300
print(len(str(int(s))))
for f in [lambda: int('1' * 4301), lambda: str(10**4300), lambda: repr(-(10**5000))]:
    try:
        print(f())
    except ValueError as e:
        print('ValueError', e)
print(len(hex(10**5000)), int('f' * 5000, 16) % 1000)
