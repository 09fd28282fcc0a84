def fact(n, acc=1):
    return acc if n <= 1 else fact(n - 1, acc * n)
print(fact(20))
def mutable_default(x, lst=[]):
    lst.append(x)
    return lst
print(mutable_default(1), mutable_default(2))
def kwdefaults(*, a=1, b=[]):
    return a, b
print(kwdefaults(), kwdefaults.__kwdefaults__)
print(fact.__defaults__)
