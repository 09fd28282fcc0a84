import io, sys
buf = io.StringIO()
print('a', 1, 2.5, sep='-', end='!\n', file=buf)
print(*range(5), file=buf)
print(file=buf)
sys.stdout.write(repr(buf.getvalue()) + '\n')
out = io.StringIO(); old = sys.stdout; sys.stdout = out
print('inside'); help_text = 'x'; print(help_text * 3)
sys.stdout = old
print(out.getvalue().splitlines())
err = io.StringIO(); sys.stderr, olde = err, sys.stderr
print('to err', file=sys.stderr); sys.stderr = olde; print(repr(err.getvalue()))
lines = io.StringIO('\n'.join('line%d' % i for i in range(5)))
for n, l in enumerate(lines): print(n, l.rstrip())
b = io.BytesIO(); b.write('é'.encode()); print(b.getvalue().decode(), b.tell())
w = io.TextIOWrapper if hasattr(io, 'TextIOWrapper') else None; print(w is not None)
