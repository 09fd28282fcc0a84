import json
data = {'name': 'Leones', 'list': [1, 2.5, -3e20, True, False, None], 'nested': {'b': [], 'a': {}},
        'unicode': 'héllo ☃ \U0001F600', 'esc': 'quote" back\\ nl\n tab\t ctl\x01', 7: 'int key', 1.5: 'f'}
print(json.dumps(data))
print(json.dumps(data, sort_keys=False, ensure_ascii=False))
print(json.dumps({'b': 1, 'a': [1, {'c': 2}]}, indent=2, sort_keys=True))
print(json.dumps([1, [2, []]], indent='\t'))
print(json.dumps({'a': 1, 'b': 2}, separators=(',', ':')))
print(json.dumps([float('nan'), float('inf'), -float('inf'), 0.1, 1e16, 123456789012345678901234567890]))
print(json.dumps('just a string'), json.dumps(None), json.dumps((1, 2)))
text = json.dumps(data, indent=4, sort_keys=False)
back = json.loads(text)
print(back['list'], back['unicode'] == data['unicode'], back['7'], sorted(back))
print(json.loads('  {"a": [1, 2.5e3, -0, 1E2, "x\\u00e9\\ud83d\\ude00"], "b": null, "c": true} '))
print(json.loads('[]'), json.loads('{}'), json.loads('"s"'), json.loads('NaN') != json.loads('NaN'), json.loads(b'[1]'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1, 2]', parse_int=str), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)))
for bad in ['', '[1,]', '{"a" 1}', '{"a": 1,}', '[1 2]', '{1: 2}', '"abc', '"a\\qb"', 'nul', '[1] x', '"a\x01"', '{"a":}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
for bad in [lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(set()), lambda: json.dumps([float('nan')], allow_nan=False),
            lambda: json.loads(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
print(json.dumps({1: 2, 'x': 3}, default=str), json.dumps(object, default=lambda o: 'obj'), json.dumps({(1,): 2}, skipkeys=True))
print(issubclass(json.JSONDecodeError, ValueError))
