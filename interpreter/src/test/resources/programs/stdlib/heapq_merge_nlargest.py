# heapq.merge with keys and reverse; nlargest/nsmallest edge cases
import heapq

a = ['apple', 'fig', 'banana']
b = ['kiwi', 'date', 'cherry']
print(list(heapq.merge(sorted(a, key=len), sorted(b, key=len), key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge([1, 1, 2], [1, 3], [])))
print(list(heapq.merge(iter([1, 3]), (2, 4), range(0, 10, 5))))
data = [7, 3, 9, 1, 3, 8, 2]
for n in (-1, 0, 1, 3, 7, 10):
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
print(heapq.nlargest(2, data, key=lambda v: -v), heapq.nsmallest(2, iter(data)))
people = [('ann', 31), ('bob', 25), ('cid', 40), ('dee', 25)]
print(heapq.nsmallest(2, people, key=lambda p: p[1]))
print(heapq.nlargest(1, people, key=lambda p: p[1]))
print(heapq.nsmallest(3, 'heapq'), heapq.nlargest(3, {5: 'x', 1: 'y', 9: 'z'}))
try:
    heapq.nlargest(2, [1, 'a', 3])
except TypeError as e:
    print('TypeError:', e)
