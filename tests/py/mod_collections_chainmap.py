from collections import ChainMap
a = {"x": 1, "y": 2}; b = {"y": 20, "z": 30}
cm = ChainMap(a, b)
print(cm["x"], cm["y"], cm["z"], len(cm), sorted(cm), "z" in cm, cm.get("q", 0))
cm["w"] = 5; print(a)
child = cm.new_child(); child["x"] = 100
print(child["x"], cm["x"], child.parents["x"], len(child.maps))
del cm["w"]; print(a)
try:
    del cm["z"]
except KeyError as e:
    print("KeyError", e)
print(ChainMap(), dict(ChainMap({"a": 1}, {"a": 2, "b": 3})))
print(sorted(cm.items()), sorted(cm.values()))
