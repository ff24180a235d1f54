__all__ = ['area', 'Square']


def area(r):
    return 3 * r * r


class Square:
    def __init__(self, side):
        self.side = side


def not_exported():
    pass


def _internal():
    return 'internal'
