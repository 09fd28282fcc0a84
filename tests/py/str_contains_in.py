s = "the quick brown fox"
print("quick" in s, "Quick" in s, "" in s, "" in "", "fox" in s, "x f" in s, " " in s, s in s, s + "!" in s)
print("é" in "café", "fé" in "café", "€" not in "euro", "\x00" in "a\x00b", "ab" in ["ab"], "a" in ("ab",))
for bad in (1, None, b"a", ["a"]):
    try: print(bad in s)
    except TypeError as e: print("TypeError", e)
