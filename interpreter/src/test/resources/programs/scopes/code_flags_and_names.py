# co_flags of module code, class bodies, comprehensions and nested functions via compile().
import types
code = compile('''
class K:
    def m(self):
        return [x for x in range(2)]

def outer():
    y = 1
    def inner():
        return y
    return inner
''', 'mod', 'exec')
print(code.co_name, code.co_flags & 0x3, code.co_names)
# Nested code objects are looked up by name: the order of co_consts is not part of the contract.
consts = {c.co_name: c for c in code.co_consts if isinstance(c, types.CodeType)}
print(sorted(consts))
klass = consts['K']
print(klass.co_name, klass.co_qualname, klass.co_flags & 0x3, klass.co_names[:4])
method = [c for c in klass.co_consts if isinstance(c, types.CodeType)][0]
print(method.co_name, method.co_qualname, method.co_varnames, method.co_argcount)
outer = consts['outer']
print(outer.co_cellvars, outer.co_varnames)
inner = [c for c in outer.co_consts if isinstance(c, types.CodeType)][0]
print(inner.co_freevars, inner.co_qualname, bool(inner.co_flags & 0x10))
print(code.co_firstlineno, klass.co_firstlineno, method.co_firstlineno, outer.co_firstlineno)
