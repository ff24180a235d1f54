# Subclassing list and dict: overridden methods, which builtins bypass them, repr, isinstance.


class LoggingList(list):
    def append(self, item):
        print('append', item)
        super().append(item)

    def __getitem__(self, i):
        return 'item:' + repr(super().__getitem__(i))


ll = LoggingList([1, 2])
ll.append(3)
ll.extend([4])
print(ll, len(ll), ll[0], type(ll).__name__, isinstance(ll, list))
print(ll + [9], type(ll + [9]).__name__)
print(list(ll), [x for x in ll])
print(type(ll[:]).__name__ if False else ll[1])


class CaseDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


cd = CaseDict()
cd['Key'] = 1
print(cd['KEY'], cd, dict(cd))
cd2 = CaseDict(Mixed=2)
print(cd2, 'init bypasses __setitem__')
cd.update(Other=3)
print(cd)


class Stack(list):
    def push(self, v):
        self.append(v)
        return self

    @property
    def top(self):
        return self[-1]


s = Stack().push(1).push(2)
print(s, s.top, s.pop(), s)
s.extra = 'attribute on list subclass'
print(s.extra, s == [1], Stack([1]) == Stack([1]))


class Counting(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.lookups = 0

    def __contains__(self, key):
        self.lookups += 1
        return super().__contains__(key)


c = Counting(a=1)
print('a' in c, 'b' in c, c.lookups, c.get('a'))
