# assert with and without messages; AssertionError attributes; uncaught assert traceback.


def check(x):
    assert x > 0, 'x must be positive, got %d' % x
    return x


print(check(3))
try:
    check(-2)
except AssertionError as e:
    print('AssertionError:', e, e.args)
try:
    assert [], 'empty list is falsy'
except AssertionError as e:
    print(e)
try:
    assert False
except AssertionError as e:
    print('no message:', repr(e), e.args)
evaluated = []


def msg():
    evaluated.append(1)
    return 'message'


assert True, msg()
print('message evaluated only on failure:', evaluated)
try:
    assert 1 == 2, {'detail': [1, 2]}
except AssertionError as e:
    print(type(e.args[0]).__name__, e.args[0])


def total(values):
    result = sum(values)
    assert result < 10, f'total too big: {result}'
    return result


print(total([1, 2]))
total([5, 6])
