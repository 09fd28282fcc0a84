texts = ["", "a", "a,b", ",a,", ",,", "ü,€,ß", "one two  three", " lead", "trail ", "x" * 50]
for t in texts:
    parts = t.split(",")
    print(repr(t), parts, ",".join(parts) == t, t.split(), " ".join(t.split()), t.rsplit(",", 1), t.split(",", 0))
