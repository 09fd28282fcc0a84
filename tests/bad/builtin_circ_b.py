from builtin_circ_a import A
B = 2
