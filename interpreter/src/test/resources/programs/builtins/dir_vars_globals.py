# dir, vars, globals, locals.
import types


class K:
    a = 1

    def m(self):
        pass


k = K()
k.x = 2
print([n for n in dir(k) if not n.startswith('__')])
print([n for n in dir(K) if not n.startswith('__')])
print(vars(k), sorted(n for n in vars(K) if not n.startswith('__')))


def f():
    local_one = 1
    local_two = 2
    return dir()


print(f())
mod = types.ModuleType('m')
mod.b = 1
mod.a = 2
print(dir(mod))


class CustomDir:
    def __dir__(self):
        return ['zeta', 'alpha', 'alpha']


print(dir(CustomDir()))
try:
    vars(5)
except TypeError as e:
    print('TypeError:', e)
g = globals()
g['injected'] = 'via globals()'
print(injected, 'K' in g, g['__name__'])
print(sorted(n for n in dir() if not n.startswith('__')))
print(dir(5)[:3] if False else 'bit_length' in dir(5), '__add__' in dir([]), 'append' in dir(list))
print(vars() is globals())
