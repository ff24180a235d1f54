# Text files: newline translation when writing and reading, newlines attribute, readline(size).
import os

name = 'io_text_newlines.tmp'
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(name, 'w', newline=nl) as f:
        f.write('a\nb\r\nc\rd\n')
    with open(name, 'rb') as f:
        raw = f.read()
    print('written with', repr(nl), raw)
    for rnl in [None, '', '\n', '\r', '\r\n']:
        with open(name, newline=rnl) as f:
            lines = f.readlines()
            print('  read with', repr(rnl), lines, f.newlines)
with open(name, 'w', newline='') as f:
    f.write('one\r\ntwo\rthree\nfour')
with open(name) as f:
    print(repr(f.read()), f.newlines)
with open(name) as f:
    print([f.readline(2), f.readline(), f.readline(100), f.readline(0), f.readline(-1), f.readline()])
with open(name, newline='') as f:
    print(list(f))
# a "\r\n" split across the 8192-character chunks the reader decodes at a time
with open(name, 'w', newline='') as f:
    f.write('x' * 8191 + '\r\n' + 'tail\r')
with open(name) as f:
    lines = f.readlines()
    print(len(lines), len(lines[0]), repr(lines[0][-3:]), lines[1:], f.newlines)
with open(name, newline='') as f:
    print([len(line) for line in f])
try:
    open(name, 'w', newline='x')
except ValueError as e:
    print('ValueError:', e)
try:
    open(name, 'w', newline=5)
except TypeError as e:
    print('TypeError:', e)
os.remove(name)
