# Setting __cause__ / __suppress_context__ by hand, raising an exception instance twice.
err = ValueError('reused')
for attempt in range(2):
    try:
        raise err
    except ValueError as e:
        print(attempt, e is err, e.__traceback__ is not None)
e = TypeError('outer')
e.__cause__ = KeyError('manual cause')
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = 'not an exception'
except TypeError as problem:
    print('TypeError:', problem)
try:
    e.__context__ = 5
except TypeError as problem:
    print('TypeError:', problem)
try:
    raise 5
except TypeError as problem:
    print('TypeError:', problem)
try:
    raise ValueError from 5
except TypeError as problem:
    print('TypeError:', problem)
try:
    raise ValueError
except ValueError as v:
    print('class raised, instance caught:', repr(v))
try:
    raise
except RuntimeError as problem:
    print('RuntimeError:', problem)
e.__cause__ = KeyError('shown as cause')
raise e
