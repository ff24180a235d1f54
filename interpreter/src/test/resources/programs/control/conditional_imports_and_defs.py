# Definitions inside if/try/loops, functions defined conditionally, redefinition.
DEBUG = False
if DEBUG:
    def log(msg):
        return 'debug: ' + msg
else:
    def log(msg):
        return 'quiet'
print(log('x'))
try:
    import no_such_optional_module as optional
except ImportError:
    optional = None
print(optional)
handlers = {}
for name in ['start', 'stop']:
    def handler(name=name):
        return 'handling ' + name
    handlers[name] = handler
print(handlers['start'](), handlers['stop']())


def f():
    return 1


first = f


def f():
    return 2


print(first(), f(), first is f)


class Shape:
    if True:
        sides = 4
    else:
        sides = 0
    for n in range(2):
        locals()['gen_%d' % n] = n if False else None


print(Shape.sides, hasattr(Shape, 'n'))
while True:
    class InLoop:
        pass
    break
print(InLoop.__name__)
