# atexit.register as a decorator, duplicate registrations, unregister of all copies
import atexit

calls = []


@atexit.register
def decorated():
    print('decorated handler ran; calls so far:', calls)


def note(tag):
    calls.append(tag)
    print('note', tag)


for tag in 'abc':
    atexit.register(note, tag)
atexit.register(note, 'dup')
atexit.register(note, 'dup')
atexit.unregister(note)
atexit.register(note, 'kept')
print('decorated is still a function:', callable(decorated), decorated.__name__)
try:
    atexit.register(42)
except TypeError as e:
    print('TypeError:', e)
atexit.unregister(print)
print('end of main')
