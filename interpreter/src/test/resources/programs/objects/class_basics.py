# Classes: attributes, instances, class vs instance attributes, __dict__, __name__/__qualname__/__module__.


class Animal:
    """An animal."""
    kingdom = 'animalia'
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return '%s makes a sound' % self.name


a = Animal('cat')
b = Animal('dog')
print(a.speak(), '|', b.speak())
print(Animal.count, a.count, a.kingdom)
a.kingdom = 'changed on instance'
print(a.kingdom, b.kingdom, Animal.kingdom)
print(a.__dict__)
print(sorted(k for k in Animal.__dict__ if not k.startswith('__')))
print(Animal.__name__, Animal.__qualname__, Animal.__module__, Animal.__doc__)
print(type(a) is Animal, a.__class__ is Animal, isinstance(a, object))
print(Animal.__bases__, Animal.__base__)


class Empty:
    pass


e = Empty()
e.anything = 1
print(e.anything, Empty.__doc__, type(Empty).__name__)
Empty.added_later = 'class attr'
print(e.added_later)


def outside(self):
    return 'outside function as method for ' + self.name


Animal.describe = outside
print(a.describe())
print(type(Animal.__dict__).__name__)
try:
    Animal.__dict__['x'] = 1
except TypeError as e:
    print('TypeError:', e)
a.__class__ = Empty
print(type(a).__name__, a.name)
