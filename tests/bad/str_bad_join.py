print(",".join(["a", 2]))
