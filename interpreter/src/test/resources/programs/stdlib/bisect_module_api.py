# the bisect module's names and their signatures in use
import bisect

print(sorted(n for n in dir(bisect) if not n.startswith('_')))
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
scores = []
for s in [70, 55, 90, 70, 85]:
    bisect.insort(scores, s)
print(scores)
pos = [bisect.bisect_left(scores, s) for s in (50, 70, 71, 95)]
print(pos)
print([bisect.bisect_right(scores, s) for s in (50, 70, 71, 95)])
