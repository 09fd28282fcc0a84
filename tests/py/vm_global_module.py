G = []
def add(v):
    G.append(v)
def reset():
    global G
    G = []
add(1)
add(2)
print(G)
reset()
add(3)
print(G)
def make_global():
    global NEW
    NEW = "created"
make_global()
print(NEW)
def delete_global():
    global NEW
    del NEW
delete_global()
try:
    NEW
except NameError as e:
    print(e)
print(__name__)
