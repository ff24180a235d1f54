s = set(range(100))
class E:
    def __hash__(self): return 5
    def __eq__(self, o):
        s.clear()
        return False
print(E() in s, len(s))
s = set(range(100))
s.discard(E()); print(len(s))
d = {i: i for i in range(100)}
class F:
    def __hash__(self): return 5
    def __eq__(self, o):
        d.clear()
        return False
print(F() in d, len(d))
d = {i: i for i in range(100)}
print(d.get(F()), len(d))
