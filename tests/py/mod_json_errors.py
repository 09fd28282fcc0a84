import json
for doc in ['', '   ', '[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', 'tru', '{1: 2}', '"unterminated', '[1] x',
            '"\\x"', '"\\u12"', '{"a": 1', 'nul', '[-]', '01', '1.', '"a\nb"', '{"a":1 "b":2}', '\n\n  [1,\n  ?]']:
    try:
        json.loads(doc)
        print('ok?', repr(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
for obj, kw in [(float('nan'), {'allow_nan': False}), ({(1, 2): 3}, {}), (object(), {}), ({1j: 1}, {}), (set(), {})]:
    try:
        json.dumps(obj, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print('ValueError', e)
try:
    json.loads(5)
except TypeError as e:
    print('TypeError', e)
