# *args is a fresh tuple, **kwargs a fresh dict: mutating them does not affect the caller.


def mutate(*args, **kwargs):
    kwargs['added'] = True
    return type(args).__name__, args, kwargs


original = {'a': 1}
lst = [1, 2]
print(mutate(*lst, **original), original, lst)


def identity_of_args(*args):
    return args


t = (1, 2)
print(identity_of_args(*t) == t)


def takes_list(items):
    items.append('mutated')


shared = []
takes_list(shared)
print(shared)


def rebinds(items):
    items = ['new']
    return items


print(rebinds(shared), shared)


def kw_identity(**kw):
    return kw


d = {'x': 1}
print(kw_identity(**d) is d, kw_identity(**d) == d)
