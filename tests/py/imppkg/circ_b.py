from . import circ_a
B = 'b'
def get_a():
    return circ_a.A
