print({1: 2}.popitem(), {}.popitem())
