x = []
x.remove(1)
