import os
os.environ['LTEST_A'] = '1'
print(os.environ['LTEST_A'], os.environ.get('LTEST_A'), os.getenv('LTEST_A'), 'LTEST_A' in os.environ)
print(os.system('test "$LTEST_A" = 1') == 0)
os.environ.setdefault('LTEST_B', 'b'); os.environ.setdefault('LTEST_B', 'c'); print(os.environ['LTEST_B'])
print(os.environ.pop('LTEST_B'), os.environ.pop('LTEST_B', 'gone'), 'LTEST_B' in os.environ)
os.environ.update({'LTEST_C': 'x'}, LTEST_D='y'); print(os.environ['LTEST_C'], os.environ['LTEST_D'])
del os.environ['LTEST_C']; print(os.system('test -z "$LTEST_C"') == 0)
for bad in [lambda: os.environ.__setitem__('K', 1), lambda: os.environ.__setitem__(1, 'v'), lambda: os.environ['LTEST_NONE'], lambda: os.environ.__delitem__('LTEST_NONE')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
d = os.environ.copy(); print(type(d).__name__, d['LTEST_A'])
print(sorted(k for k in os.environ if k.startswith('LTEST_')), len(os.environ) == len(list(os.environ.keys())))
print(isinstance(os.environ.get('HOME'), str), os.getenv('LTEST_ZZ', 5))
