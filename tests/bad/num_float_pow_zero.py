print(0.0 ** -2)
