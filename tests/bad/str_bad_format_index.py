print("{2}".format(1, 2))
