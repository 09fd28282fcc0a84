import os
os.environ['LEONES_A'] = '1'
print(os.environ['LEONES_A'], os.environ.get('LEONES_A'), os.getenv('LEONES_A'), 'LEONES_A' in os.environ)
print(os.system('test "$LEONES_A" = 1') == 0)
os.environ.setdefault('LEONES_B', 'b'); os.environ.setdefault('LEONES_B', 'c'); print(os.environ['LEONES_B'])
print(os.environ.pop('LEONES_B'), os.environ.pop('LEONES_B', 'gone'), 'LEONES_B' in os.environ)
os.environ.update({'LEONES_C': 'x'}, LEONES_D='y'); print(os.environ['LEONES_C'], os.environ['LEONES_D'])
del os.environ['LEONES_C']; print(os.system('test -z "$LEONES_C"') == 0)
for bad in [lambda: os.environ.__setitem__('K', 1), lambda: os.environ.__setitem__(1, 'v'), lambda: os.environ['LEONES_NONE'], lambda: os.environ.__delitem__('LEONES_NONE')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
d = os.environ.copy(); print(type(d).__name__, d['LEONES_A'])
print(sorted(k for k in os.environ if k.startswith('LEONES_')), len(os.environ) == len(list(os.environ.keys())))
print(isinstance(os.environ.get('HOME'), str), os.getenv('LEONES_ZZ', 5))
