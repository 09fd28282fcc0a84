print("%s %s" % ("a",))
