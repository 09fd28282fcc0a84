class B:
    def __bool__(self):
        return 'yes'
if B():
    pass
