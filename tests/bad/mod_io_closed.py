import io
s = io.BytesIO(b'abc')
s.close()
s.read()
