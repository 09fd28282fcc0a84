import json
doc = {'name': 'x', 'list': [1, [2, 3], {}], 'obj': {'a': [], 'b': {'c': None}}, 'empty': [[]]}
for ind in [None, 0, 1, 3, '', '--', '\t']:
    print(repr(ind))
    print(json.dumps(doc, indent=ind))
print(json.dumps(doc, indent=2, separators=(', ', ': ')))
print(json.dumps([1, 2], indent=2, separators=(' ,', ' : ')))
print(json.dumps({'b': 1, 'a': [{'z': 1, 'y': 2}]}, indent=2, sort_keys=True))
try:
    json.dumps({1: 1, 'a': 2}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
print(json.dumps({2: 'b', 1: 'a'}, sort_keys=True), json.dumps({False: 0, None: 1}))
