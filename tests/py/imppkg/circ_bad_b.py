from .circ_bad_a import A
B = 2
