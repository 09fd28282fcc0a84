# Files dropped without close() must not exhaust the descriptors.
fn = '/tmp/leones_builtin_open_many_%x.txt' % id(object())
with open(fn, 'w') as f:
    f.write('data\n')
total = 0
for i in range(5000):
    total += len(open(fn).read())
print(total)
