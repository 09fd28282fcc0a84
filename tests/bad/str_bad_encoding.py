print("x".encode("no-such-codec"))
