# bisect: insort variants, key functions, lo/hi bounds and errors
import bisect

data = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(data, x)
print(data)
bisect.insort_left(data, 5)
bisect.insort_right(data, 5)
print(data)
print(bisect.bisect_left(data, 5), bisect.bisect_right(data, 5), bisect.bisect(data, 5))
print(bisect.bisect_left(data, 0), bisect.bisect_right(data, 100))
print(bisect.bisect_left(data, 5, 7), bisect.bisect_left(data, 5, 0, 3), bisect.bisect_right(data, 5, hi=6))

records = [('ann', 31), ('bob', 25), ('cid', 40)]
records.sort(key=lambda r: r[1])
ages = [r[1] for r in records]
print(bisect.bisect_left(records, 30, key=lambda r: r[1]), bisect.bisect_left(ages, 30))
bisect.insort(records, ('dan', 33), key=lambda r: r[1])
print(records)
bisect.insort_left(records, ('eve', 25), key=lambda r: r[1])
print(records)

for args in [([], 1, -1), ([], 1, 0, -2)]:
    try:
        bisect.bisect_left(*args)
    except ValueError as e:
        print('ValueError:', e)
try:
    bisect.bisect_left(None, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    bisect.insort([1, 'a'], 2)
except TypeError as e:
    print('TypeError:', e)
