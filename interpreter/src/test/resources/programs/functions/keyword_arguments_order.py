# Keyword argument order is preserved in **kwargs; evaluation order of arguments is left to right.


def collect(**kw):
    return list(kw)


print(collect(z=1, a=2, m=3))
print(collect(**{'b': 1, 'a': 2}, c=3))
log = []


def arg(name):
    log.append(name)
    return name


def target(*a, **k):
    return a, k


target(arg('p1'), arg('p2'), x=arg('k1'), *[arg('star')], y=arg('k2'))
print(log)


def describe(first, second='default', *rest, flag=False, **options):
    parts = ['first=%r' % first, 'second=%r' % second]
    if rest:
        parts.append('rest=%r' % (rest,))
    parts.append('flag=%r' % flag)
    for k, v in options.items():
        parts.append('%s=%r' % (k, v))
    return ', '.join(parts)


print(describe(1))
print(describe(1, 2, 3, 4, flag=True, color='red', size=3))
print(describe(second=2, first=1))
print(describe(*'xy', **{'flag': None, 'zz': 0}))
