# getattr(obj, name, default) and hasattr treat an AttributeError raised by a descriptor
# (a property getter) as "no attribute"; other exceptions propagate.
class C:
    @property
    def missing(self):
        raise AttributeError('gone')
    @property
    def broken(self):
        raise ValueError('bad')
    @property
    def fine(self):
        return 'fine'

c = C()
print(getattr(c, 'missing', 'default'))
print(getattr(c, 'fine', 'default'))
print(hasattr(c, 'missing'), hasattr(c, 'fine'))
try:
    getattr(c, 'broken', 'default')
except ValueError as e:
    print('ValueError:', e)
try:
    getattr(c, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
class D(C):
    __slots__ = ()
print(getattr(D(), 'missing', 'slot default'))
