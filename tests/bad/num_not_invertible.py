print(pow(6, -1, 9))
