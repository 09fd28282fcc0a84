import io
s = io.StringIO()
s.write('ok')
s.write(1)
