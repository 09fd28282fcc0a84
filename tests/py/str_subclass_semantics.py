print(str.__new__(str, 5), repr(str.__new__(str)), bytes.__new__(bytes, 3), bytearray.__new__(bytearray))
class S(str):
    def __init__(self, v): self.extra = len(v)
s = S("abcd")
print(s, s.extra, s.__class__.__name__, isinstance(s, str), str.__str__(s), type(str.__str__(s)).__name__)
class E(str):
    def __eq__(self, o): return True
    __hash__ = str.__hash__
print(E("a") == "b", "b" == E("a"), {E("x"): 1}.get("x"))
class L(str):
    def __len__(self): return 42
print(len(L("ab")), L("ab").center(6, "*"))
class B(bytes):
    def __new__(cls, n): return super().__new__(cls, b"x" * n)
print(B(3), type(B(3)).__name__, B(2) + b"!", bytes(B(1)))
print("".join([S("a"), S("b")]), type("".join([S("a")])).__name__, type(S("a") + "").__name__, type(S("a")[:]).__name__, type(S("a").strip()).__name__)
print(type(S("ab").replace("x", "y")).__name__, type(S("ab") * 1).__name__, type(format(S("ab"))).__name__, type(f"{S('ab')}").__name__, type(str(S("q"))).__name__)
