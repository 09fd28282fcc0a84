from itertools import islice
islice(range(10), -2)
