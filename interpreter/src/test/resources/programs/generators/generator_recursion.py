# Recursive generators: tree traversal, permutations, and yield from depth.


class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children


def preorder(node):
    yield node.value
    for child in node.children:
        yield from preorder(child)


def postorder(node):
    for child in node.children:
        yield from postorder(child)
    yield node.value


tree = Node(1, Node(2, Node(4), Node(5)), Node(3, Node(6)))
print(list(preorder(tree)), list(postorder(tree)))


def perms(items):
    if not items:
        yield ()
        return
    for i, item in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            yield (item,) + rest


print(list(perms((1, 2, 3))))


def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)


print(sum(countdown(200)), len(list(countdown(300))))


def deep_chain(n):
    if n == 0:
        yield 'bottom'
    else:
        yield from deep_chain(n - 1)


print(list(deep_chain(100)))
