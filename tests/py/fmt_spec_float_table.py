nums = [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-7, 1e22, float("inf"), float("nan")]
specs = ["", ".2f", "10.3f", "<10", "^12.2e", "+g", ".3g", "%", ".1%", ",.2f", "_.1f", "012.3f", "E", "#.0f", "z.1f", "=+10.1f", ".0", "n"]
for n in nums:
    out = []
    for s in specs:
        try: out.append(format(n, s))
        except ValueError as e: out.append("VE")
    print("|".join(out))
