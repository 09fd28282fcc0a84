x = """a
b"""
print(repr(x))
y = 1 + \
  2
print(y)
if y:
    print("crlf block")
