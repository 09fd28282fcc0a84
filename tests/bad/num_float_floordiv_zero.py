print(divmod(2.5, 0))
