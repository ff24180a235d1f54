# Duplicate and invalid keyword arguments through ** unpacking and their messages.


def f(a, b=0, **kw):
    return a, b, kw


print(f(1, **{'b': 2, 'c': 3}))
for attempt in [lambda: f(1, **{'a': 2}), lambda: f(1, b=2, **{'b': 3}), lambda: f(**{'a': 1}, **{'a': 1}),
                lambda: f(*[1], a=2), lambda: f(1, **{'x': 1}, x=2), lambda: dict(a=1, **{'a': 2}),
                lambda: f(1, **None)]:
    try:
        attempt()
    except TypeError as e:
        print('TypeError:', e)


class M:
    def keys(self):
        return ['k']

    def __getitem__(self, key):
        raise KeyError(key)


try:
    f(1, **M())
except KeyError as e:
    print('KeyError from mapping:', e)
print(f(1, **{'é': 1}), f(**dict(a='only')))
