print(bytes.fromhex("0g"))
