# Implicit chaining: an exception raised while handling another prints "During handling...".


def load(name):
    try:
        return {'a': 1}[name]
    except KeyError:
        raise ValueError('unknown setting %r' % name)


try:
    load('b')
except ValueError as e:
    print('caught', repr(e), 'context', repr(e.__context__), 'cause', e.__cause__,
          'suppress', e.__suppress_context__)
load('zz')
