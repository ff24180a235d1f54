# with: __enter__/__exit__ order, 'as' targets, exceptions passed to __exit__, suppression.


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()

    def __exit__(self, kind, value, tb):
        print('exit', self.name, kind.__name__ if kind else None, value, tb is not None)
        return self.suppress


with CM('a') as x:
    print('body', x)
with CM('outer') as o, CM('inner') as i:
    print('body', o, i)
with CM('suppressor', suppress=True):
    raise ValueError('swallowed')
print('after suppression')
try:
    with CM('not suppressing'):
        raise KeyError('passes through')
except KeyError as e:
    print('caught', repr(e))


def returns_inside():
    with CM('ret'):
        return 'returned'


print(returns_inside())
for n in range(2):
    with CM('loop%d' % n):
        if n == 0:
            continue
        break
with (CM('p1') as a,
      CM('p2') as b):
    print('parenthesized', a, b)
target = [None, None]
with CM('subscript') as target[1]:
    pass
print(target)
