# OrderedDict.popitem and move_to_end (Java): both ends, keywords, errors, an LRU pattern and a
# subclass whose __iter__ must not be what popitem follows.
from collections import OrderedDict
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); print(list(od))
od.move_to_end("b", last=False); print(list(od))
od.move_to_end("d", False); print(list(od))
print(od.popitem(), od.popitem(last=False), od.popitem(False), list(od))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
e = OrderedDict()
try:
    e.popitem()
except KeyError as x:
    print("KeyError", x)
class L(OrderedDict):
    def __iter__(self):
        return iter(["nope"])
l = L(a=1, b=2)
print(l.popitem(), dict.items(l))
print(OrderedDict(x=1).popitem(True))
for bad in [(), (1, 2, 3)]:
    try:
        OrderedDict(a=1).move_to_end(*bad)
    except TypeError as x:
        print("TypeError")
lru = OrderedDict()
for i in range(50):
    k = i * 7 % 11
    if k in lru:
        lru.move_to_end(k)
    else:
        lru[k] = i
        if len(lru) > 5:
            lru.popitem(last=False)
print(list(lru.items()))
