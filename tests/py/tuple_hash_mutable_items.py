class H:
    def __init__(self):
        self.h = 1
    def __hash__(self):
        return self.h
x = H()
t = (x, 1)
a = hash(t)
x.h = 2
print(a != hash(t), hash((1, "a", (2.5, None))) == hash((1, "a", (2.5, None))))
