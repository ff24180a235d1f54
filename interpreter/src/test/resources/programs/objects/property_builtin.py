# property: getter/setter/deleter, docs, read-only errors, property objects' attributes.


class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c

    @celsius.setter
    def celsius(self, value):
        print('setting', value)
        self._c = value

    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = None

    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc='Degrees F.')


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    del t.fahrenheit
except AttributeError as e:
    print('AttributeError:', e)
print(Temperature.celsius.__doc__, Temperature.fahrenheit.__doc__)
prop = Temperature.__dict__['celsius']
print(prop.fget.__name__, prop.fset.__name__, prop.fdel.__name__)
print(Temperature.fahrenheit.fset)


class Lazy:
    @property
    def broken(self):
        raise AttributeError('inner attribute problem')

    def __getattr__(self, name):
        return 'fallback for ' + name


print(Lazy().broken)


class NoGetter:
    x = property()


try:
    NoGetter().x
except AttributeError as e:
    print('AttributeError:', e)
