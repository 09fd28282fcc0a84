import random
r = random.Random(31337)
for name, args in [('uniform', (2, 5)), ('triangular', (0, 1, 0.2)), ('gauss', (10, 3)), ('normalvariate', (0, 0.5)),
                   ('lognormvariate', (0, 0.25)), ('expovariate', (0.5,)), ('vonmisesvariate', (0, 4)),
                   ('vonmisesvariate', (1, 1e-7)), ('gammavariate', (0.3, 2)), ('gammavariate', (1.0, 2)),
                   ('gammavariate', (5, 0.5)), ('betavariate', (0.5, 0.5)), ('paretovariate', (3,)), ('weibullvariate', (2, 3))]:
    print(name, args, [round(getattr(r, name)(*args), 12) for _ in range(4)])
print(r.triangular(1, 1), r.triangular(5, 1), r.uniform(3, 3))
