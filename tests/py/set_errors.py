def check(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: set().pop())
check(lambda: set().remove(1))
check(lambda: {1}.remove((1, 2)))
check(lambda: {1}.remove([]))
check(lambda: set([[]]))
check(lambda: {1} | [2])
check(lambda: {1} & [2])
check(lambda: {1} - [2])
check(lambda: {1} ^ [2])
check(lambda: {1} < [2])
check(lambda: set(1))
check(lambda: set(1, 2))
check(lambda: set(x=1))
check(lambda: frozenset(x=1))
check(lambda: set().add())
check(lambda: set().add(1, 2))
check(lambda: set().pop(1))
check(lambda: set().union(x=1))
check(lambda: set().issubset())
check(lambda: set().issubset(1))
check(lambda: frozenset().add(1))
check(lambda: {1}.update(1))
def ior():
    s = {1}
    s |= [2]
check(ior)
def isub():
    s = {1}
    s -= (1,)
check(isub)
check(lambda: [] in {1})
check(lambda: {} in {1})
