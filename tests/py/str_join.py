print(",".join(["a", "b", "c"]), "".join([]), "-".join("abc"), " é ".join(("x", "y")), ",".join(iter(["1"])))
print("".join(str(i) for i in range(10)), "€".join(["a", "b"]), len("ab".join(["x"] * 5)))
for bad in ([1], ["a", 2], ["a", b"b"], [None]):
    try: ",".join(bad)
    except TypeError as e: print("TypeError", e)
try: ",".join(5)
except TypeError as e: print("TypeError", e)
