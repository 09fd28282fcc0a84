t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t))
t2 = str.maketrans("ab", "AB", "c")
print("abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "ccc", "é": "e"})
print("abcé".translate(t3), sorted(t3.items()))
print("hello".translate({ord("l"): "L"}), "x".translate({}), "abc".translate([None, None]))
class M:
    def __getitem__(self, k):
        if k == 97: return "A"
        raise LookupError
print("abc".translate(M()))
try: str.maketrans("ab", "c")
except ValueError as e: print("ValueError", e)
try: str.maketrans({"ab": 1})
except ValueError as e: print("ValueError", e)
try: str.maketrans([1])
except TypeError as e: print("TypeError", e)
try: "a".translate({97: 1.5})
except TypeError as e: print("TypeError", e)
