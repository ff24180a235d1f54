# __getattr__, __getattribute__, __setattr__, __delattr__ and their interaction.


class Tracked:
    def __init__(self):
        object.__setattr__(self, 'log', [])

    def __getattribute__(self, name):
        if name != 'log':
            object.__getattribute__(self, 'log').append('get ' + name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        self.log.append('missing ' + name)
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError('%r has no %r' % (type(self).__name__, name))

    def __setattr__(self, name, value):
        self.log.append('set %s=%r' % (name, value))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append('del ' + name)
        object.__delattr__(self, name)

    def method(self):
        return 'method'


t = Tracked()
t.x = 1
print(t.x, t.dyn_hello, t.method())
try:
    t.nothing
except AttributeError as e:
    print('AttributeError:', e)
del t.x
print(hasattr(t, 'x'), getattr(t, 'x', 'default'))
for entry in t.log:
    print(entry)


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))


class ReadOnly:
    def __setattr__(self, name, value):
        raise AttributeError('read-only: ' + name)


try:
    ReadOnly().x = 1
except AttributeError as e:
    print('AttributeError:', e)


class Raises:
    def __getattribute__(self, name):
        raise AttributeError(name)

    def __getattr__(self, name):
        return 'getattr rescued ' + name


print(Raises().anything)
