print((1000).to_bytes(1, 'little'))
