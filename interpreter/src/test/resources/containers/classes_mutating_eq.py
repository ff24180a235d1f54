l = [1, 2, 3, 4]
class E:
    def __eq__(self, o):
        if l:
            l.pop()
        return False
print(E() in l, l)
l = [1, 2, 3, 4]
print(l.count(E()), l)
l = [1, 2, 3, 4]
try:
    print(l.index(E()), l)
except ValueError as e:
    print(type(e).__name__, l)
l = [E(), E(), E(), E()]
m = [5, 6, 7, 8]
print(l == [1, 2, 3, 4], len(l))
l = [1, 2, 3, 4]
print([E(), E(), E()] == [1, 2, 3], l)
l = [1, 2, 3, 4]
try:
    l.remove(E())
except ValueError as e:
    print(type(e).__name__, l)
