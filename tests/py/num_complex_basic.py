zs = [1j, 2+3j, -1-1j, complex(1.5, -0.0), complex(-0.0, 1), complex(0.0, -0.0), 0j, 3+0j, 1e20j, complex(1e16, 1),
      complex(float('inf'), 1), complex(1, float('nan')), complex(-2.5, 1e-7)]
for z in zs:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), abs(z) if z == z else 'nan')
print(complex(), complex(2), complex(2, 3), complex(2.5, -1), complex('1+2j'), complex(' (1-2.5e3J) '), complex('-j'),
      complex('inf+nanj'), complex('1_0+2_0j'), complex(1j, 1j), complex('5'), complex('3.5j'), complex('+1.5e-3-2j'))
