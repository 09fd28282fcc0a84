print('helper loaded', __name__, __package__)
def greet(who):
    return 'hello ' + who
_private = 1
public = 2
