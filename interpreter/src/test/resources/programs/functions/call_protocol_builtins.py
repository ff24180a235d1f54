# Calling builtins with keyword arguments, positional-only builtins, and their messages.
print(sorted([3, 1, 2], reverse=True), max([1, 2], key=lambda x: -x), int('ff', base=16))
print('a-b'.split(sep='-'), 'x'.center(5, '*'), round(number=2.567, ndigits=1))
for attempt in [lambda: len(obj=[]), lambda: abs(x=1), lambda: 'abc'.split(sep='b', bad=1),
                lambda: sorted(iterable=[1]), lambda: [].sort(lambda x: x), lambda: divmod(a=1, b=2),
                lambda: print(bad=1), lambda: min(1, 2, key=1), lambda: dict.fromkeys(),
                lambda: str.join(), lambda: isinstance(1), lambda: getattr()]:
    try:
        attempt()
    except TypeError as e:
        print('TypeError:', e)
print(pow(base=2, exp=5), pow(2, 5, mod=3), enumerate(iterable='ab', start=1).__next__())
print(dict(zip(['a'], [1]), **{'b': 2}), list(range(0, 10, 3)), bytes(source=b'x') if False else 'skip')
