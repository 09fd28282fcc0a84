nums = [0, 7, -7, 255, -1000000, 123456789]
specs = ["", "d", "5", "<5", "^7", "=8", "+", " ", "-", "08", "+08", "x", "#X", "#o", "b", ",", "_", "_x", "12,", "013,", "c", "n", "e", ".2%", "g"]
for n in nums:
    out = []
    for s in specs:
        try: out.append(format(n, s))
        except (ValueError, OverflowError) as e: out.append(type(e).__name__)
    print("|".join(out))
