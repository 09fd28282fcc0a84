print("a", "b", sep=5)
