print("\u20ac".encode("ascii"))
