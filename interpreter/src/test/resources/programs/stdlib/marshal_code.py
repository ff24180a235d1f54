# marshal: code objects survive dumps/loads (module code, functions, closures, generators,
# exception handling, positions in tracebacks); the bytes are implementation-specific
import marshal, sys, traceback

SOURCE = '''
import sys
def scale(values, *, factor=2):
    total = 0
    for v in values:
        total += v * factor
    return total

def counter(start):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step

def squares(n):
    for i in range(n):
        yield i * i

def risky(x):
    try:
        return 10 // x
    except ZeroDivisionError as e:
        return 'caught ' + str(e)
    finally:
        pass

class Shape:
    sides = 4
    def area(self, w=3, h=4.5):
        return w * h

CONSTS = (1, 2.5, 3j, 'text', b'bytes', None, True, ..., frozenset({1}), (1, ('nested',)))
result = [scale([1, 2, 3]), scale([1], factor=10), counter(5)(), list(squares(4)), risky(0), risky(5), Shape().area()]
'''
code = compile(SOURCE, 'generated.py', 'exec')
for version in range(marshal.version + 1):
    data = marshal.dumps(code, version)
    back = marshal.loads(data)
    print(version, type(data).__name__, type(back).__name__, back.co_name, back.co_filename, back.co_firstlineno)
    namespace = {'__name__': 'generated'}
    exec(back, namespace)
    print('   ', namespace['result'], namespace['CONSTS'])
    for name in ('scale', 'counter', 'squares', 'risky'):
        f = namespace[name].__code__
        print('   ', f.co_name, f.co_qualname, f.co_argcount, f.co_kwonlyargcount, f.co_varnames, f.co_names,
              f.co_cellvars, f.co_freevars, f.co_flags & 0x3ff, [c for c in f.co_consts if not hasattr(c, 'co_code')])
    inner = [c for c in namespace['counter'].__code__.co_consts if hasattr(c, 'co_code')][0]
    print('   ', inner.co_name, inner.co_qualname, inner.co_freevars)

TRACED = """
def traced(x):
    y = x + 1
    return [1][y]
"""
original = compile(TRACED, 'traced.py', 'exec')
ns = {}
exec(marshal.loads(marshal.dumps(original)), ns)
try:
    ns['traced'](5)
except IndexError:
    frame = traceback.extract_tb(sys.exc_info()[2])[-1]
    print(frame.filename, frame.name, frame.lineno)
again = ns['traced']
print(again.__code__.co_name, again.__code__.co_firstlineno)
shared = compile('x = 1', 's', 'exec')
pair = marshal.loads(marshal.dumps((shared, shared)))
print(pair[0] is pair[1], type(pair[0]).__name__)
with open('marshal_code.tmp', 'wb') as f:
    marshal.dump(code, f)
with open('marshal_code.tmp', 'rb') as f:
    loaded = marshal.load(f)
import os
os.remove('marshal_code.tmp')
ns = {}
exec(loaded, ns)
print(ns['result'][:3])
print(ns['result'][3:])
again(0)  # the traceback goes through the loaded code: line 4 of traced.py
