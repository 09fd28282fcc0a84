len(x) = 3
