import sys
print(sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print('ValueError', str(e)[:60])
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(10 ** 5000)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 9000)))
for bad in [100, 'x']:
    try:
        sys.set_int_max_str_digits(bad)
    except Exception as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits())
