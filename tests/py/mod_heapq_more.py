import heapq
from heapq import heappush, heappop, merge, nlargest, nsmallest
tasks = []
for prio, name in [(3, "c"), (1, "a"), (2, "b"), (1, "z")]:
    heappush(tasks, (prio, name))
print([heappop(tasks) for _ in range(len(tasks))])
def heapsort(it):
    h = []
    for v in it:
        heappush(h, v)
    return [heappop(h) for _ in range(len(h))]
print(heapsort([5, 2, 9, 1, 5, 6, -3, 0]))
print(list(merge([1, 3, 5], [2, 4, 6], [0, 7])), list(merge(["a", "cc"], ["bbb"], key=len)), list(merge([], [])))
print(list(merge([5, 3, 1], [4, 2], reverse=True)))
words = "the quick brown fox jumps over the lazy dog".split()
print(nlargest(3, words, key=len), nsmallest(3, words), nlargest(2, [1]), nsmallest(-1, [1, 2]))
h = list(range(20, 0, -1)); heapq.heapify(h)
print(all(h[i] <= h[2 * i + 1] and (2 * i + 2 >= len(h) or h[i] <= h[2 * i + 2]) for i in range(len(h) // 2)))
print(heapq.heapreplace(h, 100), heapq.heappushpop(h, -1), h[0])
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError", e)
try:
    heappush([1, "a"], 2) or heappush([], None) or heappush([None], 1)
except TypeError as e:
    print("TypeError", e)
