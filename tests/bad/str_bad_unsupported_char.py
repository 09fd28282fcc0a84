print("%y" % 1)
