import cmath
for f in ['sqrt','exp','log','log10','sin','cos','tan','asin','acos','atan','sinh','cosh','tanh','asinh','acosh','atanh','phase','polar']:
  for z in [0, 1, -1, 2j, 1+1j, -3-4j, 0.5-0.25j, 1e300, 1000, -1000+1j, 1e-320j]:
    try: print(f, z, getattr(cmath, f)(z))
    except Exception as e: print(f, z, type(e).__name__, e)
print(cmath.rect(2, 0.5), cmath.log(8, 2), cmath.pi, cmath.infj, cmath.nanj, cmath.isclose(1j, 1.0000000001j))
try: cmath.sqrt('x')
except Exception as e: print(e)
try: cmath.sqrt()
except Exception as e: print(e)
try: cmath.rect(1, float('inf'))
except Exception as e: print(e)
