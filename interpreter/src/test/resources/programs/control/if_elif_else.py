# if/elif/else chains, truthiness of many values, nested conditions.


def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n % 2:
        return 'odd'
    else:
        return 'even'


print([classify(n) for n in (-3, 0, 7, 10)])
for value in [0, 1, -1, 0.0, 0.5, '', 'a', [], [0], (), (None,), {}, {0: 0}, set(), None,
              range(0), range(1), 0j, b'', bytearray(1)]:
    if value:
        verdict = 'truthy'
    else:
        verdict = 'falsy'
    print(repr(value), verdict)


def nested(a, b):
    if a:
        if b:
            return 'both'
        return 'only a'
    elif b:
        return 'only b'
    return 'neither'


print(nested(1, 1), nested(1, 0), nested(0, 1), nested(0, 0))
x = 5
if x > 3: print('one-line if')
if not x: print('never')
else: print('one-line else')
