# Context is set to the exception being handled, even across loops and function calls.


def fail(n):
    raise ValueError(n)


errors = []
for i in range(3):
    try:
        try:
            fail(i)
        except ValueError:
            raise KeyError(i)
    except KeyError as e:
        errors.append((repr(e), repr(e.__context__)))
print(errors)


def cleanup():
    try:
        raise OSError('during cleanup')
    except OSError as e:
        return e


try:
    raise TypeError('primary')
except TypeError:
    err = cleanup()
print(repr(err), repr(err.__context__))
try:
    raise ValueError('no context outside handler')
except ValueError as e:
    print(e.__context__)
