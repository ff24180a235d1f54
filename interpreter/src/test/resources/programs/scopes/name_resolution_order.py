# LEGB: local, enclosing, global, builtins; shadowing builtins and deleting the shadow.
len = lambda x: 'shadowed len'
print(len([1, 2, 3]))
del len
print(len([1, 2, 3]))


def uses_builtin():
    return max([3, 1, 2])


max = 'module max'
try:
    uses_builtin()
except TypeError as e:
    print('TypeError:', e)
del max
print(uses_builtin())
import builtins
builtins.custom_builtin = 'from builtins'
print(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as e:
    print('NameError:', e)
level = 'global'


def e1():
    level = 'enclosing'

    def e2():
        return level
    return e2()


def l1():
    level = 'local'
    return level


print(e1(), l1(), level)
print(__name__)
print(type(__builtins__).__name__ in ('module', 'dict'))
