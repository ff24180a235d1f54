# itemgetter/attrgetter/methodcaller in sorting and their reprs and errors
import operator


class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
        self.info = {'city': name.upper()}

    def greet(self, greeting, punct='!'):
        return '%s %s%s' % (greeting, self.name, punct)


people = [P('cy', 30), P('al', 25), P('bo', 30)]
print([p.name for p in sorted(people, key=operator.attrgetter('age', 'name'))])
print(operator.attrgetter('info')(people[0]), operator.itemgetter(1, 0)(['a', 'b']))
print(list(map(operator.methodcaller('greet', 'hi', punct='?'), people)))
print(repr(operator.attrgetter('a.b')), repr(operator.itemgetter(0, 'k')), repr(operator.methodcaller('m', 1, x=2)))
print(operator.itemgetter(slice(1, 3))('abcd'), operator.itemgetter('k')({'k': 5}))
for bad in [lambda: operator.attrgetter(1), lambda: operator.methodcaller(), lambda: operator.itemgetter()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    operator.attrgetter('missing')(people[0])
except AttributeError as e:
    print('AttributeError:', e)
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(5))), operator.length_hint(object(), 7))
print(operator.index(5), operator.concat([1], [2]), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
