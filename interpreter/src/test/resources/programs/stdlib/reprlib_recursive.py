# reprlib.recursive_repr guards __repr__ against self-reference
import reprlib

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        """Node repr."""
        return 'Node(%s, %r)' % (self.name, self.children)

a = Node('a')
b = Node('b')
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a))
print(repr(b))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__)

class Box:
    def __init__(self):
        self.items = [self]

    @reprlib.recursive_repr(fillvalue='<cycle>')
    def __repr__(self):
        return 'Box(%r)' % self.items

print(Box())

class Failing:
    @reprlib.recursive_repr()
    def __repr__(self):
        raise RuntimeError('inside repr')

f = Failing()
for _ in range(2):
    try:
        repr(f)
    except RuntimeError as e:
        print('RuntimeError:', e)
print(reprlib.__all__)
