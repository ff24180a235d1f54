# len() reaches sys.maxsize (CPython's Py_ssize_t), past Java's int range;
# beyond it, OverflowError.
import sys

def show(f):
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)

show(lambda: len(range(2**40)))
show(lambda: len(range(0, 2**64, 2**40)))
show(lambda: len(range(sys.maxsize)) == sys.maxsize)
show(lambda: len(range(sys.maxsize + 1)))
show(lambda: len(range(-2**70, 2**70)))
show(lambda: range.__len__(range(2**40)))
show(lambda: range(2**40).__len__())
show(lambda: bool(range(2**64)))

class Big:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

show(lambda: len(Big(2**40)))
show(lambda: len(Big(sys.maxsize)) == sys.maxsize)
show(lambda: len(Big(sys.maxsize + 1)))
show(lambda: len(Big(-1)))
show(lambda: bool(Big(2**40)))
show(lambda: Big(2**40).__len__())

