# io.StringIO: reading, writing, seeking, newline modes, errors on closed streams, subclassing.
import io

s = io.StringIO('line1\nline2\r\nline3')
print(s.readline(), repr(s.readline()), s.read(), repr(s.read()), s.tell())
s.seek(0)
print(s.readlines())
s = io.StringIO()
print(s.write('héllo\n'), s.write('wörld'), s.tell(), repr(s.getvalue()))
s.seek(2)
print(s.read(3), s.tell())
s.truncate(4)
print(repr(s.getvalue()))
s.seek(10)
s.write('!')
print(repr(s.getvalue()))
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\nb\r\nc\rd', newline=nl)
    print(repr(nl), [line for line in s], repr(s.getvalue()), s.newlines)
print(list(io.StringIO('x\ny\n')), io.StringIO('abc').read(-1), io.StringIO('abc').read(None))
s = io.StringIO('abc')
s.close()
print(s.closed)
for op in [s.read, s.getvalue, lambda: s.write('x'), s.tell, s.readline]:
    try:
        op()
    except ValueError as e:
        print('ValueError:', e)
for bad in [lambda: io.StringIO(1), lambda: io.StringIO().write(b'x'), lambda: io.StringIO(newline='x'),
            lambda: io.StringIO('abc').seek(1, 1), lambda: io.StringIO('abc').seek(-1),
            lambda: io.StringIO().seek(0, 7), lambda: io.StringIO('x').truncate(-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ':', e)
s = io.StringIO('abc')
print(s.seek(0, 2), repr(s.read()), s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering)
with io.StringIO('ctx') as c:
    print(c.read())
print(c.closed)
s = io.StringIO('😀ab')
print(s.read(1), s.tell(), s.read())
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), isinstance(s, io.RawIOBase))
print(io.StringIO.__mro__, io.StringIO.__module__, io.StringIO.__name__)


class Upper(io.StringIO):
    def shout(self):
        return self.getvalue().upper()


u = Upper('sub\nclass\n')
u.tag = 1
print(u.shout(), u.tag, list(u), type(u).__name__, isinstance(u, io.StringIO))
s = io.StringIO()
print(s.writelines(['a', 'b', 'c']), s.getvalue(), s.readlines())
s = io.StringIO('1\n22\n333\n4444\n')
print(s.readlines(3), s.readline(2), s.readline(), s.readlines(0))
