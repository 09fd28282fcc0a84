def numbers(n):
    for i in range(n):
        yield i
def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v
def squared(src):
    for v in src:
        yield v * v
print(list(squared(evens(numbers(20)))))
print(sum(squared(evens(numbers(1000)))))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def interleave(a, b):
    a, b = iter(a), iter(b)
    while True:
        try:
            yield next(a)
            yield next(b)
        except StopIteration:
            return
print(list(interleave("abc", "12")))
