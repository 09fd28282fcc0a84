print(sum(range(1000)), sum([1.5, 2.5]), sum([1, 2.5, 3j]), sum(range(10**5)), sum([2**70] * 3))
print(max(3, 2.5, 10**20, -1), min([3, 2.5, -0.5]), max([1, 1.0]), min(1.0, 1), sorted([3, 1.5, 2**60, -7, True]))
print(divmod(10**25, 7), divmod(-17, 5), divmod(17, -5), divmod(-17.5, 5), pow(2, 100), pow(2.5, 2), pow(-8, 1/3))
