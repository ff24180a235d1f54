computed = 'eager'


def __getattr__(name):
    if name == 'forbidden':
        raise AttributeError('module %r refuses %r' % (__name__, name))
    return 'lazy ' + name


def __dir__():
    return ['computed', 'virtual']
