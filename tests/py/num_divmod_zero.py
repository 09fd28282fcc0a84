for a in [1, -1, 0, 10**30, 1.5, 0.0, 1j]:
    for f in [lambda: a / 0, lambda: a // 0, lambda: a % 0, lambda: divmod(a, 0), lambda: a / 0.0, lambda: a % 0.0, lambda: divmod(a, 0.0)]:
        try:
            print(f())
        except Exception as e:
            print(type(e).__name__, e)
