print(1j < 2j)
