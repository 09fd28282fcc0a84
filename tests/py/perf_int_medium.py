import random  # ints around 2**64 and 2**127 (the limits of the two-limb fast path) through every operator
r = random.Random(5)
vals = [0, 1, -1, 2**48, -2**48, 2**49, 2**63-1, -2**63, 2**64-1, 2**64, -2**64, 2**126, -2**126, 2**127-1, -(2**127)+1, 2**127, -2**127, 2**128+3, 3**80]
for i in range(60):
    vals.append(r.randrange(-2**130, 2**130) >> r.randrange(0, 130))
out = []
import operator
ops = [operator.add, operator.sub, operator.mul, operator.and_, operator.or_, operator.xor, operator.floordiv, operator.mod, divmod]
for a in vals:
    for b in vals:
        for op in ops:
            try: out.append(op(a, b))
            except ZeroDivisionError as e: out.append(str(e))
        if 0 <= b < 300:
            out.append(a >> b); out.append(a << b)
import hashlib; print(len(out), hashlib.md5(repr(out).encode()).hexdigest())
s = 2024
for i in range(1000):
    s = (s * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
print(s, s >> 33, (s >> 20) % 11, -s // 7, -s % 7, str(s), s == 2**64 - 1, s.bit_length())
