print(pow(5, 3, 0))
