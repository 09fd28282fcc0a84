# Closures inlined into compiled loops: free variables read and written
# through their cells (nonlocal), a cell whose contents change type in the
# middle of the loop (the guard fails inside the inlined closure), a cell
# emptied behind the trace's back (NameError from the callee), and the
# cells seen after the loop.


def make_adder(k):
    def add(x):
        return x + k

    return add


add5 = make_adder(5)


def run_adder(n):
    s = 0
    for i in range(n):
        s += add5(i)
    return s


def run_nonlocal(n):
    total = 0

    def bump(x):
        nonlocal total
        total += x

    for i in range(n):
        bump(i)
        if i == n - 100:
            total = total * 0.5
    return total


def run_counter(n):
    count = 0
    scale = 2

    def step(x):
        nonlocal count
        count = count + scale * x
        return count

    last = 0
    for i in range(n):
        last = step(i)
        if i == n // 2:
            scale = 3
    return count, last


def run_empty(n):
    val = 1

    def get():
        return val + 1

    s = 0
    for i in range(n):
        s += get()
        if i == n - 10:
            del val
    return s


print(run_adder(1000))
print(run_nonlocal(1000))
print(run_counter(1000))
try:
    run_empty(500)
except NameError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("NameError", e, names)
