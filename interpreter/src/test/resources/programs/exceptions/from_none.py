# raise ... from None suppresses the context in the traceback; __suppress_context__ is True.


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError('no entry for %r' % key) from None


try:
    lookup({}, 'x')
except LookupError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
e = RuntimeError('manual')
e.__suppress_context__ = True
print(e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        err = ValueError('context set but hidden')
        err.__suppress_context__ = True
        raise err
except ValueError as caught:
    print(type(caught.__context__).__name__, caught.__suppress_context__)
lookup({'a': 1}, 'b')
