class C:
    pass
C().missing_attribute
