print(float(), float(3), float(-7), float(True), float(2.5), float('3.25'))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 11
print(float(F()), float(I()))
for v in [1j, [], None, 'abc']:
    try:
        print(float(v))
    except Exception as e:
        print(type(e).__name__, e)
