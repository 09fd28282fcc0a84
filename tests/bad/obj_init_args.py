class NoArgs:
    pass
NoArgs(1, 2, 3)
