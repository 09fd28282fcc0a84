# Objects of the services area survive collections while referenced.
import gc, sys, time
bound = [[].append for _ in range(2000)]
mods = [type(sys)('m%d' % i) for i in range(500)]
infos = [sys.version_info for _ in range(100)]
times = [time.gmtime(i * 86400) for i in range(300)]
junk = None
for round_ in range(5):
    junk = [[i, str(i), (i,)] for i in range(20000)]
    gc.collect()
print(len(bound), bound[0].__name__, bound[-1].__self__)
print(mods[123].__name__, repr(mods[7]))
print(infos[50][:2], times[299].tm_year, times[0].tm_mday)
fn = '/tmp/leones_gc_stress_%x.txt' % id(object())
files = []
for i in range(50):
    f = open(fn, 'w')
    f.write('x' * i)
    files.append(f)
    gc.collect()
for f in files:
    f.close()
print(open(fn).read() == 'x' * 49)
