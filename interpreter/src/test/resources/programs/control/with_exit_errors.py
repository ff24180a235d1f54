# Exceptions raised in __exit__ replace or chain with the body's exception; __enter__ failures.


class RaisesInExit:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError('from exit')


try:
    with RaisesInExit():
        raise ValueError('from body')
except RuntimeError as e:
    print(repr(e), 'context:', repr(e.__context__))
try:
    with RaisesInExit():
        pass
except RuntimeError as e:
    print(repr(e), 'context:', e.__context__)


class FailsEnter:
    def __enter__(self):
        raise OSError('cannot enter')

    def __exit__(self, *exc):
        print('exit should not run')


try:
    with FailsEnter():
        print('body should not run')
except OSError as e:
    print('enter failed:', e)


class NoExit:
    def __enter__(self):
        return 1


try:
    with NoExit():
        pass
except TypeError as e:
    print('TypeError:', e)


class NoEnter:
    def __exit__(self, *a):
        pass


try:
    with NoEnter():
        pass
except TypeError as e:
    print('TypeError:', e)


class Truthy:
    def __bool__(self):
        print('bool called')
        return True


class SuppressWithTruthy:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return Truthy()


with SuppressWithTruthy():
    raise ValueError
print('suppressed by a truthy object')
