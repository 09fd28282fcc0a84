import json
print(json.dumps({'a': 1, 'b': [1, 2.5, None, True, False], 'c': 'text'}))
print(json.dumps([1, 'two', 3.0, 1e100, -0.0, 1.5e-7, 12345678901234567890]))
print(json.dumps('héllo \u2603 \U0001F600 "q" \\ \n\t\r\b\f \x00 \x1f \x7f'))
print(json.dumps('héllo \u2603 \U0001F600', ensure_ascii=False))
print(json.dumps({'z': 1, 'a': {'y': 2, 'b': 3}}, sort_keys=True))
print(json.dumps({'a': [1, 2, {'b': []}], 'c': {}}, indent=2))
print(json.dumps([1, [2, [3]]], indent='\t'))
print(json.dumps({'a': 1, 'b': 2}, separators=(',', ':')))
print(json.dumps({'a': [1, 2]}, indent=4, separators=(',', ': ')))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none'}))
print(json.dumps(float('nan')), json.dumps(float('inf')), json.dumps(-float('inf')))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps(''), json.dumps([[]], indent=2), json.dumps({}, indent=2))
class Obj:
    def __init__(self, v):
        self.v = v
print(json.dumps({'o': Obj(3)}, default=lambda o: {'v': o.v}))
print(json.dumps({(1, 2): 3}, skipkeys=True))
class MyInt(int):
    pass
class MyFloat(float):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), 1.0, 100.0, 1e16, 123.456]))
print(json.dumps({'k': 'v'}, indent=0))
print(json.dumps("\ud800"), json.dumps(['a' * 3] * 3, indent=1))
