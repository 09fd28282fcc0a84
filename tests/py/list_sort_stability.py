class Rnd:
    # deterministic generator (no dependency on the random module)
    def __init__(self, seed):
        self.x = seed
    def randrange(self, n):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return (self.x >> 4) % n
    def random(self):
        return self.randrange(1000003) / 1000003
random = Rnd(7)
data = [(random.randrange(10), i) for i in range(3000)]
s = sorted(data, key=lambda p: p[0])
print(all(s[i][0] < s[i + 1][0] or (s[i][0] == s[i + 1][0] and s[i][1] < s[i + 1][1]) for i in range(len(s) - 1)))
r = sorted(data, key=lambda p: p[0], reverse=True)
print(all(r[i][0] > r[i + 1][0] or (r[i][0] == r[i + 1][0] and r[i][1] < r[i + 1][1]) for i in range(len(r) - 1)))
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=key), calls)
mixed = [1, 1.0, True, 0, 0.0, False, 2, 2.0]
print(sorted(mixed))
print(sorted(mixed, reverse=True))
class K:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "%s%s" % (self.v, self.tag)
print(sorted([K(2, "a"), K(1, "b"), K(2, "c"), K(1, "d"), K(0, "e")]))
print(sorted([K(2, "a"), K(1, "b"), K(2, "c"), K(1, "d"), K(0, "e")], reverse=True))
