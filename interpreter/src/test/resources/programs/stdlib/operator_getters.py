# operator: itemgetter, attrgetter and methodcaller, with their reprs and errors.
import operator as op


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting, punct='!'):
        return greeting + ' ' + self.name + punct


ig = op.itemgetter(1)
print(ig, ig([10, 20, 30]), ig('xyz'), op.itemgetter(0, -1)([1, 2, 3]), op.itemgetter('a', 'b')({'a': 1, 'b': 2}))
print(op.itemgetter(slice(1, 3))('abcd'), repr(op.itemgetter(1, 'a')))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=op.itemgetter(1)))
ag = op.attrgetter('name')
n = Node('root', Node('leaf'))
print(ag, ag(n), op.attrgetter('child.name')(n), op.attrgetter('name', 'child.name')(n))
print(repr(op.attrgetter('a.b', 'c')))
mc = op.methodcaller('greet', 'hi')
print(mc, mc(n), op.methodcaller('greet', 'yo', punct='?')(n), op.methodcaller('upper')('abc'))
print(repr(op.methodcaller('f', 1, 'x', k=2)))
print(list(map(op.methodcaller('split', ','), ['a,b', 'c'])))
print(type(ig).__name__, type(ag).__name__, type(mc).__name__, type(ig).__module__)
for expr in ['op.itemgetter()', 'op.attrgetter()', 'op.attrgetter(1)', 'op.methodcaller()',
             'op.methodcaller(1)', 'op.itemgetter(5)([1])', 'op.itemgetter("k")({})',
             'op.attrgetter("missing")(n)', 'op.attrgetter("child.missing")(n)',
             'op.methodcaller("nosuch")(n)']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
