# RecursionError at the default limit, then deep recursion after raising the limit.
import sys


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print('RecursionError:', e)
sys.setrecursionlimit(20000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(19000), sys.getrecursionlimit())
