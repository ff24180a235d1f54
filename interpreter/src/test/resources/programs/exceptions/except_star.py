# except*: handlers receive subgroups; unhandled parts propagate; raise inside except*.


def run(exceptions):
    try:
        raise ExceptionGroup('batch', exceptions)
    except* ValueError as g:
        print('ValueError handler:', repr(g))
    except* (TypeError, KeyError) as g:
        print('Type/Key handler:', repr(g))


run([ValueError(1), TypeError(2), KeyError(3), ValueError(4)])
run([TypeError('only')])
try:
    run([OSError('unhandled'), ValueError('handled')])
except ExceptionGroup as rest:
    print('propagated:', repr(rest))
try:
    raise ValueError('naked')
except* ValueError as g:
    print('naked exception wrapped:', repr(g))
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError:
        raise KeyError('raised in handler')
except Exception as e:
    print('raised from handler:', type(e).__name__, repr(e), repr(e.__context__))
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print('re-raised:', repr(eg))
try:
    raise ExceptionGroup('nested', [ExceptionGroup('inner', [ValueError('deep')])])
except* ValueError as g:
    print('nested handler:', repr(g))
