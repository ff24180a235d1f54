# An exception raised in finally replaces the one in flight (with context); except/else errors.


def replace():
    try:
        raise ValueError('first')
    finally:
        raise KeyError('second')


try:
    replace()
except KeyError as e:
    print(repr(e), repr(e.__context__))


def from_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise TypeError('raised in else')
    finally:
        print('finally sees else error')


try:
    from_else()
except TypeError as e:
    print(repr(e), e.__context__)


def handler_raises():
    try:
        {}['k']
    except KeyError:
        [][0]


handler_raises()
