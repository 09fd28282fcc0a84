d = {}
d["self"] = d
print(d)
e = {"l": []}
e["l"].append(e)
print(e)
print({1: {2: {3: {}}}})
print({"a": "b", "c": 'd"', "e": "f'"})
class R:
    def __repr__(self):
        return "R!"
print({R(): R()}, [R()], (R(),))
v = {1: 2}
v[2] = v.values()
print(v)
