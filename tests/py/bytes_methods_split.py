print(b"a,b,,c".split(b","), b"a,b,,c".split(b",", 1), b"a,b,,c".rsplit(b",", 1), b"  a  b c ".split(), b" a b c ".rsplit(None, 1))
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\r\n".splitlines(True), b"".split(), b"".split(b","), bytearray(b"x y").split())
print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
print(b",".join([b"a", bytearray(b"b"), bytearray(b"c")]), b"".join([]), bytearray(b"-").join([b"x", b"y"]))
for f in (lambda: b"a".split(b""), lambda: b"a".split("a"), lambda: b",".join([b"a", 1]), lambda: b"a".partition(b""), lambda: b",".join(["a"])):
    try: f()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
