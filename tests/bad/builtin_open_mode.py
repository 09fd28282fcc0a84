open("x", "rwb")
