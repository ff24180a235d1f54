# __init_subclass__ with keyword arguments, and __set_name__ on descriptors.


class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
        print('registered', cls.plugin_name)


class Alpha(Plugin):
    pass


class Beta(Plugin, name='the-beta'):
    pass


class Gamma(Beta):
    pass


print(sorted(Plugin.registry))
print(Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print('TypeError:', e)


class Field:
    def __set_name__(self, owner, name):
        print('__set_name__', owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'unset ' + self.name)


class Record:
    first = Field()
    second = Field()


r = Record()
print(r.first, Record.second.name)
r.__dict__['first'] = 'set'
print(r.first)
late = Field()
Record.late = late
print(hasattr(late, 'name'))
