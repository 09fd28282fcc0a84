import heapq, bisect
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
l = [9, 4, 7, 1, 8, 2]
heapq.heapify(l)
print(l, heapq.heapreplace(l, 6), heapq.heappushpop(l, 0), l)
print(heapq.nsmallest(3, [5, 1, 4, 2]), heapq.nlargest(2, 'hello'), list(heapq.merge([1, 4], [2, 3])))
pairs = []
for p in [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')]:
    heapq.heappush(pairs, p)
print([heapq.heappop(pairs) for _ in range(4)])
a = [1, 2, 2, 2, 5, 9]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 0), bisect.bisect(a, 10), bisect.bisect_left(a, 2, 2, 4))
bisect.insort(a, 3); bisect.insort_left(a, 2)
print(a, bisect.bisect_left([(1, 'a'), (3, 'b')], 2, key=lambda t: t[0]))
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
