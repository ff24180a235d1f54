# open(): write/read text and binary files in the current directory, encodings, modes; clean up.
import os
name = 'open_text_binary.tmp'
with open(name, 'w', encoding='utf-8') as f:
    print(f.write('first line\n'), f.write('café ü\n'), f.name, f.mode, f.closed)
print(f.closed)
with open(name, encoding='utf-8') as f:
    print(repr(f.read()))
with open(name, 'rb') as f:
    data = f.read()
    print(data, len(data), type(data).__name__)
with open(name, 'a', encoding='utf-8') as f:
    f.write('appended\n')
with open(name, encoding='utf-8') as f:
    print(f.readline(), end='')
    print(f.readlines())
with open(name, encoding='utf-8') as f:
    for number, line in enumerate(f, 1):
        print(number, line.rstrip('\n'))
with open(name, 'w', encoding='latin-1') as f:
    f.write('café')
with open(name, 'rb') as f:
    print(f.read())
try:
    with open(name, encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e.reason)
with open(name, 'wb') as f:
    f.write(bytes(range(5)))
    f.write(bytearray(b'\xff'))
with open(name, 'rb') as f:
    print(f.read(2), f.tell(), f.seek(4), f.read())
with open(name, 'r+b') as f:
    f.seek(1)
    f.write(b'XY')
with open(name, 'rb') as f:
    print(f.read())
try:
    open(name, 'rb').write(b'x') if False else open(name, 'wb', encoding='utf-8')
except ValueError as e:
    print('ValueError:', e)
try:
    open(name, 'q')
except ValueError as e:
    print('ValueError:', e)
with open(name, 'w', newline='') as f:
    f.write('a\r\nb\n')
with open(name, newline='') as f:
    print(repr(f.read()))
with open(name) as f:
    print(repr(f.read()))
os.remove(name)
try:
    open(name)
except FileNotFoundError as e:
    print('FileNotFoundError:', e.errno, e.strerror, e.filename)
print(os.path.exists(name))
