# pickle: the Pickler and Unpickler classes (persistent ids, dispatch_table, reducer_override,
# find_class, fast, several pickles in one file), copyreg registrations and extension codes
import pickle, io, copyreg

class Record:
    def __init__(self, name):
        self.name = name

class Saver(pickle.Pickler):
    def persistent_id(self, obj):
        return ('Record', obj.name) if isinstance(obj, Record) else None

class Loader(pickle.Unpickler):
    def persistent_load(self, pid):
        print('persistent_load', pid)
        return Record(pid[1].upper())

for proto in (0, 1, 2, 4):
    f = io.BytesIO()
    Saver(f, proto).dump([Record('a'), 3, Record('b')])
    print(proto, f.getvalue())
    f.seek(0)
    print([getattr(x, 'name', x) for x in Loader(f).load()])

class TextIds(pickle.Pickler):
    def persistent_id(self, obj):
        return 'ID%d' % obj if isinstance(obj, int) and obj > 5 else None

f = io.BytesIO()
TextIds(f, 0).dump([1, 7])
print(f.getvalue())
try:
    pickle.loads(f.getvalue())
except pickle.UnpicklingError as e:
    print('UnpicklingError:', e)

class Point:
    def __init__(self, x):
        self.x = x

f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.dispatch_table = {Point: lambda pt: (Point, (pt.x * 10,))}
p.dump(Point(1))
print(f.getvalue(), pickle.loads(f.getvalue()).x)

class Override(pickle.Pickler):
    def reducer_override(self, obj):
        return (str, ('Point',)) if obj is Point else NotImplemented

f = io.BytesIO()
Override(f, 4).dump([Point, 1, 'a'])
print(f.getvalue(), pickle.loads(f.getvalue()))

class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name == 'set':
            return super().find_class(module, name)
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))

for data in [pickle.dumps({1, 2}, 2), pickle.dumps(Point(2), 2)]:
    try:
        print(Restricted(io.BytesIO(data)).load())
    except pickle.UnpicklingError as e:
        print('UnpicklingError:', e)

f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.fast = 1
p.dump([[1], [1]])
print(f.getvalue())
f = io.BytesIO()
p = pickle.Pickler(f, 3)
text = 'shared'
p.dump(text); p.dump(text); p.clear_memo(); p.dump(text)
print(f.getvalue())
f.seek(0)
u = pickle.Unpickler(f)
print(u.load(), u.load(), u.load())
try:
    u.load()
except EOFError as e:
    print('EOFError:', e)

copyreg.add_extension('__main__', 'Point', 240)
copyreg.add_extension('__main__', 'Record', 70000)
print(pickle.dumps([Point, Record, Point], 2), pickle.loads(pickle.dumps([Point, Record], 2)) == [Point, Record])
for args in [('__main__', 'Point', 241), ('x', 'y', 240), ('x', 'y', 0)]:
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print('ValueError:', e)
copyreg.remove_extension('__main__', 'Point', 240)
copyreg.remove_extension('__main__', 'Record', 70000)
try:
    copyreg.remove_extension('__main__', 'Point', 240)
except ValueError as e:
    print('ValueError:', e)

class Counted:
    def __init__(self, v):
        self.v = v

copyreg.pickle(Counted, lambda c: (Counted, (c.v + 1,)))
print(pickle.dumps(Counted(1), 2), pickle.loads(pickle.dumps(Counted(1))).v)
try:
    copyreg.pickle(Counted, 5)
except TypeError as e:
    print('TypeError:', e)
with open('pickle_picklers.tmp', 'wb') as out:
    pickle.dump({'k': [1, 2]}, out, 1)
    pickle.dump('second', out)
with open('pickle_picklers.tmp', 'rb') as inp:
    print(pickle.load(inp), pickle.load(inp))
import os
os.remove('pickle_picklers.tmp')
