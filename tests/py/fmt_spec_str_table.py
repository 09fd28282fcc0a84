words = ["", "a", "éé", "€uro", "hello world"]
specs = ["", "1", "3", "<6", ">6", "^6", "^7", "-^7", "0>6", ".0", ".1", ".3", "8.2", "é<4", "06"]
for w in words:
    print("|".join(format(w, s) for s in specs))
