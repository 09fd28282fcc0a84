# The leones JIT API: jit_stats() keys, abort reasons, dont_look_inside.
import leones

leones.jit_enable(True)
st = leones.jit_stats()
print(sorted(st))


@leones.dont_look_inside
def untraced(n):
    s = 0
    for i in range(n):
        s += i
    return s


def strings(n):
    s = ""
    for i in range(n):
        s += "x"
    return len(s)


before = leones.jit_stats()
print(untraced(1000))
mid = leones.jit_stats()
print(mid["loops_compiled"] == before["loops_compiled"], mid["aborts"] == before["aborts"])
print(strings(300))
after = leones.jit_stats()
print(after["aborts"] > mid["aborts"], any(r.startswith("NYI") for r in after["abort_reasons"]))
print(after["blacklisted"] >= 1 or after["aborts"] >= 3)
try:
    leones.dont_look_inside(3)
except TypeError as e:
    print("TypeError", e)
