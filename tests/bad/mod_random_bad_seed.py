import random
random.seed([1, 2])
