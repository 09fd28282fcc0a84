print(dict([(1, 2, 3)]))
