for i in 42:
    pass
