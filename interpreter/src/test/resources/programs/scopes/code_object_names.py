# co_names, co_cellvars, co_freevars, co_firstlineno, co_name, co_qualname, co_filename basename.
import os
GLOBAL = 1


def uses_names(obj):
    return len(obj.attribute) + GLOBAL + max(1, 2)


print(uses_names.__code__.co_names)


def cells(a, b):
    c = 3

    def inner():
        return a + c
    return inner


print(cells.__code__.co_cellvars, cells.__code__.co_varnames)
inner = cells(1, 2)
print(inner.__code__.co_freevars, inner.__code__.co_cellvars)
print(inner.__code__.co_name, inner.__code__.co_qualname)
print(cells.__code__.co_firstlineno, inner.__code__.co_firstlineno)


class Outer:
    class Inner:
        def method(self):
            pass

    @staticmethod
    def smeth():
        pass


print(Outer.Inner.method.__code__.co_qualname)
print(Outer.smeth.__code__.co_qualname, Outer.smeth.__qualname__)
print(os.path.basename(uses_names.__code__.co_filename))


def arg_cell(x):
    return lambda: x


print(arg_cell.__code__.co_cellvars, arg_cell.__code__.co_nlocals)


@staticmethod
def decorated():
    pass


def firstline_of_decorated():
    pass


print(firstline_of_decorated.__code__.co_firstlineno)
module_code = compile('a = 1\nb = a + 1\n', 'snippet', 'exec')
print(module_code.co_name, module_code.co_qualname, module_code.co_names, module_code.co_filename)
print(compile('x + y', 'e', 'eval').co_names)
print(type(module_code).__name__)
