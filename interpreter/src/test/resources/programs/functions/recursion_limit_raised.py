# sys.setrecursionlimit raised to 10,000 permits deep recursion; lowering it limits again.
import sys
sys.setrecursionlimit(10000)
print(sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(9000))


def sum_list(items, i=0):
    if i == len(items):
        return 0
    return items[i] + sum_list(items, i + 1)


print(sum_list(list(range(8000))))
try:
    depth(20000)
except RecursionError as e:
    print('RecursionError:', e)
sys.setrecursionlimit(200)
try:
    depth(500)
except RecursionError as e:
    print('lowered limit:', e)
print(depth(100))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError:', e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print('TypeError:', e)
