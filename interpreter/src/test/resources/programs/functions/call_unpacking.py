# Unpacking in calls: multiple * and ** operands, order of evaluation, any iterables/mappings.


def show(*args, **kwargs):
    return args, sorted(kwargs.items())


print(show(*[1, 2], *(3,), 4, *range(5, 7)))
print(show(**{'a': 1}, **{'b': 2}, c=3))
print(show(*'ab', *{1: 'x'}, **dict(k='v')))


class Keys:
    def keys(self):
        return ['p', 'q']

    def __getitem__(self, key):
        return key.upper()


print(show(**Keys()))
order = []


def note(x):
    order.append(x)
    return x


show(note(1), *[note(2)], k=note(3), **{'m': note(4)})
print(order)


def gen():
    yield 'g1'
    yield 'g2'


print(show(*gen()))
args = (1, 2)
kwargs = {'sep': '-'}
print(*args, **kwargs)
print(*[], **{})
print(show(*[], **{}))
first, *middle, last = range(6)
print(first, middle, last)
print([*range(3), *'ab'], (*[1], *[2]), {*[1, 2], *[2, 3]}, {**{'a': 1}, 'b': 2})
