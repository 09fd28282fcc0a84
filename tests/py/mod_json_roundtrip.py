import json
docs = [None, True, False, 0, -1, 2 ** 70, 0.1, -2.5e-300, 1e22, '', 'x', '\u0000\u001f', [], {}, [[], {}],
        {'a': [1, {'b': None}]}, ['é', '\U0001F600', '\\', '"'], list(range(20)), {str(i): i for i in range(10)}]
for d in docs:
    for kw in [{}, {'indent': 2}, {'ensure_ascii': False}, {'sort_keys': True, 'separators': (',', ':')}]:
        s = json.dumps(d, **kw)
        assert json.loads(s) == d, (d, kw, s)
print('roundtrip ok', len(docs))
big = {'k%d' % i: [i, str(i), i / 3, {'n': None, 't': True}] for i in range(200)}
s = json.dumps(big, sort_keys=True)
print(len(s), s[:80], s[-40:])
print(json.loads(s) == big, json.dumps(json.loads(s), sort_keys=True) == s)
print(json.dumps(1 / 3), json.dumps(1e-7), json.dumps(123456789.0), json.dumps(2.0 ** 60), json.dumps(-0.0))
print(json.loads('[1.0, 1e5, 1E-2, -0.0, 10000000000000000000000]'))
