import heapq
h = []
for x in [5, 1, 8, 3, 2, 9, 7]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
d = [9, 4, 7, 1, 3]; heapq.heapify(d); print(d[0], sorted(d) == [1, 3, 4, 7, 9])
print(heapq.heappushpop([1, 5], 0), heapq.heapreplace([1, 5], 9))
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, [4, 1, 7, 3, 9]), heapq.nlargest(2, ["aa", "b", "cccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge([3, 1], [2], key=lambda x: -x, reverse=False)) if False else list(heapq.merge([5, 3], [4, 1], reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
pq = []
heapq.heappush(pq, (2, "b")); heapq.heappush(pq, (1, "a")); heapq.heappush(pq, (2, "a"))
print([heapq.heappop(pq) for _ in range(3)], heapq.nsmallest(0, [1]), heapq.nlargest(10, [2, 1]))
