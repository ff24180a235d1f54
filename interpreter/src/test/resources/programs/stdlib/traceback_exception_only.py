# format_exception_only for every kind of exception, including SyntaxError details
import traceback


class Custom(Exception):
    def __str__(self):
        return 'custom text'


class Silent(Exception):
    def __str__(self):
        return ''


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError('no str')


class Outer:
    class Inner(Exception):
        pass


for exc in [ValueError('v'), KeyError('k'), KeyError(), Custom(), Silent(), BadStr(),
            Outer.Inner('nested'), StopIteration(5), SystemExit(3), OSError(2, 'No such file', 'f.txt'),
            UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')]:
    print(traceback.format_exception_only(type(exc), exc), end=' | ')
    print(traceback.format_exception_only(exc))

for src in ['x = (1,', 'def f(:\n  pass', 'a b', '\tif x:\n  y', 'f"{1 +}"', 'return 5']:
    try:
        compile(src, 'snippet.py', 'exec')
    except SyntaxError as e:
        print(repr(''.join(traceback.format_exception_only(e))))
e = SyntaxError('custom message', ('file.py', 3, 5, 'the bad line\n', 3, 8))
print(''.join(traceback.format_exception_only(e)), end='')
e = SyntaxError('no location')
print(''.join(traceback.format_exception_only(e)), end='')
note = ValueError('with notes')
note.add_note('first note')
note.add_note('second note')
print(''.join(traceback.format_exception_only(note)), end='')
try:
    exec('if True:\n\tx = (1 +\n')
except SyntaxError as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'), end='')
try:
    compile('lambda: (yield)\nx = $', 'f.py', 'exec')
except SyntaxError as e:
    print(''.join(traceback.format_exception(e, limit=0)), end='')
