vals = [None, -9, -4, -1, 0, 2, 5, 9]
res = []
for a in vals:
    for b in vals:
        for c in [None, 1, 2, -1, -3]:
            x = list(range(6))
            n = len(x[a:b:c])
            try:
                x[a:b:c] = ["z"] * n
                res.append("".join(map(str, x)))
            except ValueError as e:
                res.append("VE")
            y = list(range(6))
            del y[a:b:c]
            res.append("".join(map(str, y)))
            if c in (None, 1):
                w = list(range(6))
                w[a:b:c] = "AB"
                res.append("".join(map(str, w)))
print(len(res))
for i in range(0, len(res), 10):
    print(" ".join(res[i:i + 10]))
