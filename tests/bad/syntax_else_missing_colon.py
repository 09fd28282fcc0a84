if True:
    pass
else print(1)
