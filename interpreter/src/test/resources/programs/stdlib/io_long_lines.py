# Text lines longer than the reader's chunks: readline, limits, iteration, tell, every newline mode.
import os

name = 'io_long_lines.tmp'
with open(name, 'w', newline='') as f:
    f.write('x' * 200000 + '\nshort\n' + 'é' * 20000 + '\r\n' + 'y' * 8191 + '\r' + '\nend')
with open(name) as f:
    lines = [f.readline() for _ in range(6)]
    print([len(line) for line in lines], repr(lines[1]), repr(lines[-2]), f.tell())
for newline in [None, '', '\n', '\r', '\r\n']:
    with open(name, newline=newline) as f:
        print(repr(newline), [len(line) for line in f], f.newlines)
with open(name) as f:
    print(len(f.readline(12345)), len(f.readline(200000)), repr(f.readline()), len(f.readline(19999)), repr(f.readline(5)))
    cookie = f.tell()
    rest = f.read()
    f.seek(cookie)
    print(cookie, len(rest), f.read() == rest, repr(rest[-5:]))
with open(name, 'rb') as f:
    print([len(line) for line in f])
os.remove(name)
