# copy.copy and copy.deepcopy: shallow versus deep, __copy__/__deepcopy__, shared references.
import copy
original = {'list': [1, [2, 3]], 'tuple': (1, [4])}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original['list'][1].append('changed')
print(shallow['list'], deep['list'], shallow['list'] is original['list'], deep['tuple'] is original['tuple'])


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []


a = Node('a')
a.links.append(a)
clone = copy.deepcopy(a)
print(clone is not a, clone.links[0] is clone, clone.name)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v)

    def __deepcopy__(self, memo):
        print('__deepcopy__ called')
        return Custom(copy.deepcopy(self.v, memo))


c = Custom([1])
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print(c2.v is c.v, c3.v is c.v, c3.v)
print(copy.copy(5), copy.copy('s'), copy.deepcopy((1, 2)), copy.copy([1, 2]))
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
