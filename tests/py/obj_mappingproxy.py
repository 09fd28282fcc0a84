class C:
    a = 1
    def f(self):
        pass
mp = C.__dict__
print(type(mp).__name__, mp['a'], 'f' in mp, len(mp) > 2, mp.get('zz', 'dflt'), mp.get('a'))
print(sorted(k for k in mp.keys() if not k.startswith('__')))
try:
    mp['b'] = 2
except TypeError as e:
    print(e)
try:
    del mp['a']
except TypeError as e:
    print(e)
print(type(int.__dict__).__name__, 'bit_length' in int.__dict__)
c = mp.copy()
print(type(c).__name__, c['a'])
print(sorted(k for k, v in mp.items() if k == 'a'))
print(repr(type(object.__dict__)))
