# Generators as methods, classmethods and properties; iter returning a generator.


class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            yield from child.leaves()

    @classmethod
    def counting(cls, n):
        for i in range(n):
            yield cls(i)

    @property
    def depth_first(self):
        return list(self)


t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t), list(t.leaves()), t.depth_first, [x.value for x in Tree.counting(3)])
print(sum(t), max(t), 4 in t, sorted(t, reverse=True))
it = iter(t)
print(type(it).__name__, next(it), next(it))
