import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), isinstance(gc.collect(), int), gc.garbage, len(gc.get_threshold()), len(gc.get_count()))
data = [[i] * 10 for i in range(10000)]
del data
gc.collect()
print('collected ok')
