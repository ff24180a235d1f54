# Attributes of functions, code, frames, tracebacks, modules and cells.
import sys
import types


def outer(a, b=1):
    c = a + b

    def inner():
        return c
    return inner, sys._getframe()


inner, frame = outer(5)
print(frame.f_code is outer.__code__, frame.f_code.co_name, frame.f_lineno, frame.f_back is not None)
print(sorted(frame.f_locals), frame.f_globals is globals(), frame.f_builtins is __builtins__.__dict__ if isinstance(__builtins__, types.ModuleType) else 'builtins dict')
cell = inner.__closure__[0]
print(type(cell).__name__, cell.cell_contents)
cell.cell_contents = 'replaced'
print(inner())
empty_cell = types.CellType()
try:
    empty_cell.cell_contents
except ValueError as e:
    print('ValueError:', e)
try:
    1 / 0
except ZeroDivisionError:
    tb = sys.exc_info()[2]
print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next, tb.tb_lasti >= 0)


def deeper():
    raise ValueError('deep')


try:
    deeper()
except ValueError as e:
    t = e.__traceback__
    names = []
    while t:
        names.append((t.tb_frame.f_code.co_name, t.tb_lineno))
        t = t.tb_next
    print(names)
print(type(sys).__name__, sys.__name__, types.__name__, __name__, type(types).__name__)
m = types.ModuleType('made', 'doc of made')
m.attr = 1
print(m.__name__, m.__doc__, m.attr, sorted(vars(m)), repr(m))
print(outer.__code__.co_varnames, outer.__code__.co_cellvars, inner.__code__.co_freevars)
f = sys._getframe()
print(f.f_code.co_name, f.f_back, f.f_lineno)
print(type(outer).__name__, type(outer.__code__).__name__, type(f).__name__, type(len).__name__)
print(len.__name__, len.__self__ is sys.modules['builtins'], len.__module__ if hasattr(len, '__module__') else '')
print(callable(outer.__code__), outer.__code__ == outer.__code__, outer.__module__)
