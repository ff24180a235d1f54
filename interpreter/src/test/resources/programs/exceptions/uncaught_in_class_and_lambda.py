# Tracebacks through a class body, a lambda and a decorator.


def decorate(fn):
    return lambda *a: fn(*a)


class Service:
    @decorate
    def handle(self, x):
        return {'ok': True}[x]

    default = (lambda: 'fine')()


Service().handle('ok')
Service().handle('nope')
