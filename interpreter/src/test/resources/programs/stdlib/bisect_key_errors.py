# bisect keyword arguments and error cases
import bisect

words = sorted(['pear', 'fig', 'banana', 'kiwi', 'apple'], key=len)
print(words)
print(bisect.bisect_left(words, 4, key=len), bisect.bisect_right(words, 4, key=len))
bisect.insort_right(words, 'plum', key=len)
bisect.insort_left(words, 'date', key=len)
print(words)
print(bisect.bisect(words, 5, lo=1, hi=4, key=len))
try:
    bisect.bisect(words, 1, key=5)
except TypeError as e:
    print('TypeError:', e)
try:
    bisect.bisect()
except TypeError as e:
    print('TypeError:', e)
try:
    bisect.insort([3, 1, 2], 2, 0, 10)
except IndexError as e:
    print('IndexError:', e)
lst = [3, 1, 2]
bisect.insort(lst, 2)
print(lst)
print(bisect.bisect_left([1, 2, 3], 2, hi=None))
