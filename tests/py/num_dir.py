import math, cmath
print(sorted(n for n in dir(math) if not n.startswith("_")))
print(sorted(n for n in dir(cmath) if not n.startswith("_")))
print(sorted(n for n in dir(int) if not n.startswith("__")), sorted(n for n in dir(float) if not n.startswith("__")), sorted(n for n in dir(complex) if not n.startswith("__")))
print(sorted(n for n in dir(int)), sorted(n for n in dir(float)))
print(sorted(n for n in dir(complex)))
print(sorted(n for n in dir(bool)))
