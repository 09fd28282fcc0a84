print(int(memoryview(b"12")), int(memoryview(b" -7 ")))
try:
    int(memoryview(b"x1"))
except ValueError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
print(float(memoryview(b"1.5")))
try:
    float(memoryview(b"x"))
except ValueError as e:
    print(str(e)[:35])
