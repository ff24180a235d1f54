# Text files: tell() cookies round-trip through seek(), seeking rules, r+ and a+ modes, truncate.
import io
import os

name = 'io_text_seek_tell.tmp'
with open(name, 'w', encoding='utf-8') as f:
    print(f.tell(), f.write('αβγ\nline two\r\nthird é\n'), f.tell())
with open(name, encoding='utf-8') as f:
    cookies = []
    while True:
        cookies.append(f.tell())
        if not f.readline():
            break
    print(cookies)
    f.seek(cookies[1])
    print(repr(f.readline()))
    f.seek(0)
    print(repr(f.read(2)), f.tell(), repr(f.read(3)))
    print(f.seek(0, 2), repr(f.read()), f.seek(0, 1) == f.tell())
with open(name, encoding='utf-8') as f:
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print('OSError:', e)
            break
    print(len(f.read()), f.seek(4), f.tell(), repr(f.readline()))
with open(name) as f:
    for args in [(1, 1), (1, 2), (-1,), (0, 5)]:
        try:
            f.seek(*args)
        except (ValueError, io.UnsupportedOperation) as e:
            print(type(e).__name__ + ':', e)
with open(name, 'w') as f:
    f.write('0123456789')
with open(name, 'r+') as f:
    print(f.read(3))
    f.write('XY')
    f.seek(0)
    print(f.read())
    f.seek(2)
    f.write('__')
    print(f.tell())
    f.seek(0)
    print(f.read())
with open(name, 'a+') as f:
    print(f.tell())
    f.write('!')
    f.seek(0)
    print(f.read())
with open(name, 'w') as f:
    print(f.truncate(), f.write('abcdef'), f.truncate(3), f.tell())
with open(name) as f:
    print(repr(f.read()))
os.remove(name)
