# Errors around generators: throw with a class and value, throw with traceback, send after close.


def gen():
    while True:
        try:
            yield
        except Exception as e:
            print('caught', type(e).__name__, e.args)


g = gen()
next(g)
g.throw(ValueError)
g.throw(KeyError('k'))
g.throw(TypeError, TypeError('instance'))
try:
    g.throw(5)
except TypeError as e:
    print('TypeError:', e)
g.close()
try:
    g.send(1)
except StopIteration:
    print('send after close raises StopIteration')
try:
    g.throw(ValueError('after close'))
except ValueError as e:
    print('throw after close re-raises:', e)


def returns_none():
    yield 1


r = returns_none()
print(next(r))
try:
    next(r)
except StopIteration as e:
    print('value', e.value)
try:
    iter(returns_none()).send('x')
except TypeError as e:
    print('TypeError:', e)
