import keyword, numbers
print(keyword.iskeyword("def"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.issoftkeyword("_"), len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print([w for w in ["if", "else", "print", "True", "none", "async", "await"] if keyword.iskeyword(w)])
for v in [1, True, 1.5, 1j, "x", None]:
    print(repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(v, c)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(bool, numbers.Number))
try:
    numbers.Integral()
except TypeError as e:
    print("TypeError", str(e).split(" with ")[0])
class MyNum(numbers.Real):
    pass
try:
    MyNum()
except TypeError as e:
    print("TypeError abstract")
