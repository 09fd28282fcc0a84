class C:
    pass
C().missing
