def find(xs, target):
    for i, x in enumerate(xs):
        while True:
            if x == target:
                return i
            break
    return -1
print(find([5, 6, 7], 7), find([], 1))
def gen_ret():
    for i in range(10):
        if i == 2:
            return
        yield i
print(list(gen_ret()))
