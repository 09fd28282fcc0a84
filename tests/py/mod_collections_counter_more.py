from collections import Counter
inventory = Counter(apples=3, pears=2)
inventory.update(["apples", "kiwi"])
inventory["bananas"] += 4
print(sorted(inventory.items()), inventory.most_common(2), inventory.total())
sales = Counter(apples=2, bananas=5)
remaining = inventory - sales
print(sorted(remaining.items()), sorted((inventory & sales).items()), sorted((inventory | sales).items()))
c = Counter("hello world")
print(c.most_common(3), "".join(sorted(c.elements())).strip())
c2 = Counter(a=4, b=2, c=0, d=-2)
print(sorted(c2.elements()), +c2, -c2)
c3 = Counter(a=1)
c3 += Counter(a=2, b=-5)
print(c3)
c3 -= Counter(a=10)
print(c3, bool(c3))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)
print(Counter(a=1, b=0) == Counter(a=1), Counter("aab") == {"a": 2, "b": 1}, dict(Counter("xyx")))
words = "a b a c b a".split()
print(Counter(words).most_common()[0], len(Counter(words)), list(Counter(words)))
