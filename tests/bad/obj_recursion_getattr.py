class Loop:
    def __getattr__(self, name):
        return self.other
Loop().x
