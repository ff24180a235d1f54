# Zero-argument super(): in methods, classmethods, properties, nested classes; errors.


class Base:
    def greet(self):
        return 'Base.greet'

    @classmethod
    def make(cls):
        return 'Base.make for ' + cls.__name__

    @property
    def prop(self):
        return 'Base.prop'


class Derived(Base):
    def greet(self):
        return 'Derived -> ' + super().greet()

    @classmethod
    def make(cls):
        return 'Derived -> ' + super().make()

    @property
    def prop(self):
        return 'Derived -> ' + super().prop

    def explicit(self):
        return super(Derived, self).greet()

    def in_lambda(self):
        return (lambda: super(Derived, self).greet())()


d = Derived()
print(d.greet(), '|', Derived.make(), '|', d.prop, '|', d.explicit(), '|', d.in_lambda())
s = super(Derived, d)
print(type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__)


def no_class():
    return super()


try:
    no_class()
except RuntimeError as e:
    print('RuntimeError:', e)


class NoArgs:
    def method():
        return super()


try:
    NoArgs.method()
except RuntimeError as e:
    print('RuntimeError:', e)


class Changes(Base):
    def greet(self):
        self = 'rebound'
        return super().greet()


try:
    Changes().greet()
except TypeError as e:
    print('TypeError:', e)
try:
    super(int, 'x')
except TypeError as e:
    print('TypeError:', e)
print(super(Derived, Derived).make())
