def f():
    return undefined_variable + 1
f()
