print(bytes([1, 2, 256]))
