a = list(range(10))
a[::2] = [1, 2, 3]
