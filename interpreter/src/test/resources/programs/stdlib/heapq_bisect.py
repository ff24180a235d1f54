# heapq and bisect: priority queues and sorted-list searches.
import bisect
import heapq

h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h)
print(h, h[0])
heapq.heappush(h, 0)
print(h, heapq.heappop(h), heapq.heappop(h), h)
print(heapq.heappushpop(h, 1), heapq.heappushpop(h, 10), h)
print(heapq.heapreplace(h, 4), h, [heapq.heappop(h) for _ in range(len(h))])
print(heapq.nsmallest(3, [5, 1, 8, 3, 9]), heapq.nlargest(2, [5, 1, 8, 3, 9]), heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([3, 1], [2], reverse=True)))
tasks = []
for prio, name in [(3, 'c'), (1, 'a'), (2, 'b')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks)[1] for _ in range(3)])
for expr in ['heapq.heappop([])', 'heapq.heapreplace([], 1)', 'heapq.heappush((), 1)', 'heapq.heapify(1)']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
data = [1, 2, 2, 2, 3, 5]
print(bisect.bisect(data, 2), bisect.bisect_left(data, 2), bisect.bisect_right(data, 2), bisect.bisect(data, 0), bisect.bisect(data, 9))
print(bisect.bisect_left(data, 2, 2), bisect.bisect_right(data, 2, 0, 2), bisect.bisect(data, 4, hi=3))
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in (33, 99, 77, 70, 89, 90, 100)])
lst = [1, 3]
bisect.insort(lst, 2)
bisect.insort_left(lst, 3)
bisect.insort_right(lst, 0)
print(lst)
people = [('ann', 20), ('bob', 30)]
bisect.insort(people, ('cy', 25), key=lambda p: p[1])
print(people, bisect.bisect_left(people, 25, key=lambda p: p[1]))
for expr in ['bisect.bisect([1], 1, -1)', 'bisect.bisect(1, 1)', 'bisect.bisect([1, "a"], 2)']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
