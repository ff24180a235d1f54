# except* splitting, and an uncaught exception group with notes.
def fail(exc):
    raise exc


try:
    raise ExceptionGroup('batch', [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print('values:', eg.exceptions)
except* TypeError as eg:
    print('types:', eg.exceptions)
errors = []
for e in [OSError('disk'), KeyError('k')]:
    try:
        fail(e)
    except Exception as caught:
        errors.append(caught)
group = ExceptionGroup('several', errors)
group.add_note('a note')
raise group
