import json
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=SetEncoder))
print(SetEncoder(indent=1).encode([{1}]))
print(list(json.JSONEncoder().iterencode({'a': [1]})) != [], ''.join(json.JSONEncoder().iterencode({'a': [1]})))
try:
    json.dumps({'s': {1}}, cls=json.JSONEncoder)
except TypeError as e:
    print(e)
class Decoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"a": {"b": 1}}', cls=Decoder))
class F:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
f = F()
json.dump({'x': [1, 2, 3], 'y': 'z'}, f, indent=2, sort_keys=True)
print(''.join(f.parts))
class R:
    def read(self):
        return '{"from": "file"}'
print(json.load(R()))
print(json.dumps({'a': 1}, indent=2, sort_keys=True, separators=(',', ' = ')))
print(json.dumps(list(range(5)), separators=(',', ':')), json.dumps({'a': 'b'}, ensure_ascii=False))
