import inspect
import os


def documented(a, b=2):
    """First line.

        Indented detail.
    Last line.
    """
    return a + b


# A comment about Klass.
class Klass:
    """Class doc."""

    def method(self):
        return 1


class Child(Klass):
    def method(self):
        return 2


print(inspect.getsource(documented))
lines, start = inspect.getsourcelines(Klass.method)
print(start, lines)
print(repr(inspect.getdoc(documented)))
print(repr(inspect.getdoc(Child.method)), repr(inspect.getdoc(Child)))
print(repr(inspect.cleandoc('  a\n    b\n  c\n\n')))
print(repr(inspect.cleandoc('\tx\n\ty')))
print(inspect.getmodule(documented).__name__, os.path.basename(inspect.getfile(Klass)))
print(os.path.basename(inspect.getsourcefile(documented)))
print(inspect.getsource(Klass).splitlines()[0])
lam = lambda x: x * 2
print(repr(inspect.getsource(lam)))
for bad in (len, 3):
    try:
        inspect.getsource(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    inspect.getfile(int)
except TypeError as e:
    print('TypeError', e)
print(inspect.getdoc(3) == int.__doc__, inspect.getdoc(None) is not None)


class Documented:
    def run(self):
        """Runs."""

    @property
    def size(self):
        """The size."""
        return 1

    @classmethod
    def make(cls):
        """Makes one."""


class Undocumented(Documented):
    def run(self):
        pass

    @property
    def size(self):
        return 2

    @classmethod
    def make(cls):
        pass


print(inspect.getdoc(Undocumented.run), inspect.getdoc(Undocumented().run), inspect.getdoc(Undocumented.make))
print(inspect.getdoc(Undocumented.size), repr(inspect.getdoc(Undocumented)))
print(inspect.getsourcelines(Undocumented.make)[1], inspect.getsource(Undocumented.size.fget).strip())
