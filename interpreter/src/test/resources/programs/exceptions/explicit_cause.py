# raise ... from ...: "The above exception was the direct cause of the following exception".


class StorageError(Exception):
    pass


def save(path):
    try:
        open(path + '/does/not/exist/file.txt')
    except FileNotFoundError as exc:
        raise StorageError('cannot save to %s' % path) from exc


try:
    save('nowhere')
except StorageError as e:
    print(repr(e), type(e.__cause__).__name__, e.__suppress_context__, e.__context__ is e.__cause__)


def convert(text):
    try:
        return int(text)
    except ValueError as err:
        raise TypeError('expected digits') from err


convert('x')
