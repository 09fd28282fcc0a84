def level(n):
    if n == 0:
        def leaf():
            return "leaf"
        return leaf
    inner = level(n - 1)
    def wrap():
        return "(" + inner() + ")"
    return wrap
print(level(5)())
def compose(*fs):
    def c(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return c
print(compose(lambda x: x + 1, lambda x: x * 2)(5))
