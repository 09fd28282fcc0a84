from . import circ_b
A = 'a'
