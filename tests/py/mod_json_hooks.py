import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
def enc(o):
    if isinstance(o, Point):
        return {'__point__': [o.x, o.y]}
    raise TypeError('nope %s' % type(o).__name__)
def dec(d):
    if '__point__' in d:
        return Point(*d['__point__'])
    return d
s = json.dumps({'pts': [Point(1, 2), Point(3, 4)], 'n': 1}, default=enc)
print(s)
print(json.loads(s, object_hook=dec))
print(json.loads('{"a": 1, "b": {"c": 2}}', object_pairs_hook=lambda p: ('pairs', p)))
print(json.loads('[1, 2.5, "3"]', parse_int=float, parse_float=lambda x: 'F' + x))
try:
    json.dumps([Point(0, 0), 1j], default=enc)
except TypeError as e:
    print('TypeError', e)
print(json.dumps({'nested': Point(Point(1, 2), [Point(3, 4)])}, default=enc, indent=1))
