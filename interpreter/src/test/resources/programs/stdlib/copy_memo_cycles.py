# deepcopy keeps sharing and cycles intact
import copy

shared = [1, 2]
data = {'a': shared, 'b': shared, 'c': (shared, [shared])}
dup = copy.deepcopy(data)
print(dup == data, dup['a'] is dup['b'], dup['a'] is not shared, dup['c'][0] is dup['a'], dup['c'][1][0] is dup['a'])
cyclic = [1]
cyclic.append(cyclic)
c2 = copy.deepcopy(cyclic)
print(c2[1] is c2, c2[0], c2 is not cyclic)
d = {}
d['self'] = d
d2 = copy.deepcopy(d)
print(d2['self'] is d2)


class Node:
    def __init__(self, name):
        self.name = name
        self.peers = []


a, b = Node('a'), Node('b')
a.peers.append(b)
b.peers.append(a)
a2 = copy.deepcopy(a)
print(a2.peers[0].name, a2.peers[0].peers[0] is a2)
memo = {}
x = [1, [2]]
y = copy.deepcopy(x, memo)
print(id(x) in memo, memo[id(x)] is y, len(memo) >= 2)
t = (1, 2, 'three')
print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
