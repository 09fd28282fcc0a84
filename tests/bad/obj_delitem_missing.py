class M:
    def __getitem__(self, k):
        return k
    def __setitem__(self, k, v):
        pass
del M()[0]
