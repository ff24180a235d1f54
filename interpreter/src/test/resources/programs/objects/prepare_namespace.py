# __prepare__ supplies the class namespace; definition order is preserved in __dict__.


class RecordingNamespace(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith('__'):
            self.order.append(key)
        super().__setitem__(key, value)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print('__prepare__', name, kwargs)
        return RecordingNamespace()

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = ns.order
        return cls


class Form(metaclass=Ordered, flavour='x'):
    zeta = 1
    alpha = 2

    def method(self):
        pass
    middle = 3
    zeta = 4


print(Form.field_order)
print([k for k in Form.__dict__ if not k.startswith('__')])


class Defaulting(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        import collections
        return collections.defaultdict(lambda: 'auto', {'preset': 'from prepare'})

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


class Auto(metaclass=Defaulting):
    value = missing_name
    other = preset


print(Auto.value, Auto.other)
print(type.__prepare__('X', ()))
