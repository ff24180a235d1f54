# heap invariant after each operation, and custom ordering through __lt__
import heapq


def is_heap(h):
    return all(h[(i - 1) // 2] <= h[i] for i in range(1, len(h)))


values = [(i * 37) % 101 for i in range(60)]
h = []
for v in values:
    heapq.heappush(h, v)
    assert is_heap(h)
print(len(h), h[:8])
out = [heapq.heappop(h) for _ in range(20)]
print(out, is_heap(h))
heapq.heapify(values)
print(values[:10], is_heap(values))


class Job:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        return self.prio > other.prio  # max-heap by priority

    def __repr__(self):
        return self.name


jobs = [Job(p, n) for p, n in [(2, 'b'), (5, 'e'), (1, 'a'), (4, 'd'), (3, 'c')]]
heapq.heapify(jobs)
print([heapq.heappop(jobs) for _ in range(5)])
print(heapq._heappop_max([5, 3, 4]) if hasattr(heapq, '_heappop_max') else 5)
try:
    heapq.heappush([1, 2], 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    heapq.heappush()
except TypeError as e:
    print('TypeError:', e)
