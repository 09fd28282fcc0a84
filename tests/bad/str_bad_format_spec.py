print(format("abc", "d"))
