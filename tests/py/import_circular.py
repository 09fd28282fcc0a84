import imppkg.circ_a
print(imppkg.circ_a.A, imppkg.circ_b.B, imppkg.circ_b.get_a())
try:
    import imppkg.circ_bad_a
except ImportError as e:
    print(type(e).__name__, str(e).replace(__file__.rsplit('/', 1)[0], '<dir>'))
