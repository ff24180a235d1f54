# heapsort and stable ordering with (key, index) tuples
import heapq


def heapsort(iterable):
    h = []
    for value in iterable:
        heapq.heappush(h, value)
    return [heapq.heappop(h) for _ in range(len(h))]


print(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0]))
print(heapsort('the quick brown fox'.split()))
words = ['pear', 'fig', 'kiwi', 'plum', 'date', 'apple']
decorated = [(len(w), i, w) for i, w in enumerate(words)]
heapq.heapify(decorated)
print([heapq.heappop(decorated)[2] for _ in range(len(words))])
h = [3, 1, 2]
heapq.heapify(h)
print(heapq.heappushpop([], 5), heapq.heappushpop(h, 0), h)
print(heapq.heapreplace(h, 7), h)
print(sorted(n for n in dir(heapq) if not n.startswith('_')))
