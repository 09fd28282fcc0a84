# fuzz_loops.py — differential fuzzer for the JIT: generates random loops of
# int/float arithmetic with branches (if-convertible and not), runs each with
# the JIT off, in stress mode and with threshold 7, and reports any output
# difference (the script is kept in /tmp/fz_bad_SEED.py).
# Usage: python3 src/jit/fuzz_loops.py FIRST_SEED LAST_SEED [path/to/leones]
import os
import random
import subprocess
import sys

LEONES = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(__file__), "..", "..", "build", "leones")
ops_i = ['+', '-', '*', '//', '%', '&', '|', '^']
ops_f = ['+', '-', '*', '/']
def gen(seed):
    r = random.Random(seed)
    nv = r.randint(2, 20)
    lines = ["def f(n):"]
    kinds = []
    for v in range(nv):
        if r.random() < 0.5:
            lines.append(f"    v{v} = {r.randint(-50, 50)}"); kinds.append('i')
        else:
            lines.append(f"    v{v} = {r.uniform(-5, 5)!r}"); kinds.append('f')
    lines.append("    for i in range(n):")
    for s in range(r.randint(1, 25)):
        d = r.randrange(nv); a = r.randrange(nv); b = r.randrange(nv)
        if kinds[d] == 'i' and kinds[a] == 'i' and kinds[b] == 'i':
            op = r.choice(ops_i)
            rhs = f"v{b}" if op not in ('//', '%') else f"(abs(v{b}) % 7 + 1)"
            lines.append(f"        v{d} = (v{a} {op} {rhs}) % 100003")
        elif kinds[d] == 'f':
            op = r.choice(ops_f)
            rhs = f"v{b}" if op != '/' else "3.5"
            lines.append(f"        v{d} = (v{a} {op} {rhs}) * 0.5")
            if r.random() < 0.3:
                lines.append(f"        if v{d} > 1000.0: v{d} = 1.0")
        else:
            lines.append(f"        if v{a} < v{b}: v{d} = i")
            if r.random() < 0.4:
                lines.append(f"        if v{a} > v{d}: v{d} = v{d} - 1")
            if r.random() < 0.3:
                lines.append(f"        else: v{d} = {r.randint(0,9)}")
    lines.append("    return " + ", ".join(f"v{v}" for v in range(nv)))
    lines.append("print(f(200))")
    return "\n".join(lines) + "\n"
bad = 0
for seed in range(int(sys.argv[1]), int(sys.argv[2])):
    src = gen(seed)
    open("/tmp/fz.py", "w").write(src)
    outs = []
    for m in (["-X", "jit=off"], ["-X", "jit-stress"], ["-X", "jit-threshold=7"]):
        p = subprocess.run([LEONES] + m + ["/tmp/fz.py"], capture_output=True, text=True, timeout=20)
        outs.append((p.returncode, p.stdout, p.stderr[-300:]))
    if not (outs[0] == outs[1] == outs[2]):
        bad += 1
        print("MISMATCH seed", seed, outs)
        open(f"/tmp/fz_bad_{seed}.py", "w").write(src)
print("bad", bad)
