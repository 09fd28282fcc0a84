print(1.5, .5, 5., 1e10, 1E-3, 1_0.0_1, 1e1_0, 0.1 + 0.2)
print(1.0e+308 * 10, -1e-400)
print(3.14j, 1j * 1j, 1e3j, 0j, 10_0j)
print(type(1.), type(1j))
