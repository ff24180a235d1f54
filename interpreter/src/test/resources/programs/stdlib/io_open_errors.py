# open(): invalid modes and arguments, OS errors with errno/filename, closed-file errors, reprs.
import io
import os

name = 'io_open_errors.tmp'
for mode in ['rw', 'q', 'rr', 'bt', 'rbt', 'U', 'rU', 'wx', '', 'r+b+', 'ab+', 'x', 'xb', 'w+', 'a']:
    try:
        f = open(name, mode)
        print(repr(mode), 'ok', f, f.mode)
        f.close()
        os.remove(name)
    except Exception as e:
        print(repr(mode), type(e).__name__, e)
for kw in [dict(encoding='utf-8'), dict(errors='x'), dict(newline='')]:
    try:
        open(name, 'wb', **kw)
    except ValueError as e:
        print(kw, 'ValueError:', e)
for kw in [dict(buffering=0), dict(newline='x'), dict(encoding='nope')]:
    try:
        open(name, 'w', **kw)
    except Exception as e:
        print(kw, type(e).__name__ + ':', e)
print(os.path.exists(name))
f = open(name, 'w')
print(f, f.buffer, f.buffer.raw, f.closed)
f.close()
print(f, f.buffer, f.buffer.raw, f.closed)
for op in [lambda: f.write('x'), lambda: f.buffer.write(b'x'), lambda: f.buffer.raw.write(b'x'),
           f.read, f.readline, f.tell, lambda: f.seek(0), f.fileno, lambda: iter(f), f.__enter__]:
    try:
        op()
    except ValueError as e:
        print('ValueError:', e)
print(f.close(), f.closed)
errors = []
for args in [('no_such_dir/x', 'w'), ('no_such_file',), ('.',), ('.', 'w'), (name, 'x')]:
    try:
        open(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, repr(e.filename), '|', e)
with open(name, 'r') as f:
    for meth, arg in [('write', 'x'), ('truncate', 0), ('writelines', ['x'])]:
        try:
            getattr(f, meth)(arg)
        except io.UnsupportedOperation as e:
            print(meth, 'UnsupportedOperation:', e, isinstance(e, OSError), isinstance(e, ValueError))
with open(name, 'w') as f:
    for op in [f.read, f.readline, f.readlines]:
        try:
            op()
        except io.UnsupportedOperation as e:
            print('UnsupportedOperation:', e)
    try:
        f.write(b'x')
    except TypeError as e:
        print('TypeError:', e)
print(io.UnsupportedOperation.__mro__)
for bad in [lambda: open(3.5), lambda: open(name, 5), lambda: open(name, buffering='x'), lambda: open(name, encoding=1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
os.remove(name)
