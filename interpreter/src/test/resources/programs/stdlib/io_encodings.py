# Text files in several encodings: BOMs, error handlers when decoding and encoding.
import os

name = 'io_encodings.tmp'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-8-sig', 'latin-1', 'cp1252', 'ascii']:
    with open(name, 'w', encoding=enc, errors='replace') as f:
        f.write('hé€!\n')
        f.write('2nd\n')
        print(enc, f.encoding, f.errors, end=' ')
    with open(name, 'rb') as f:
        data = f.read()
    with open(name, encoding=enc) as f:
        print(data, f.readlines())
with open(name, 'wb') as f:
    f.write(b'ok\xff\xfeend\n')
for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
    try:
        with open(name, encoding='utf-8', errors=errors) as f:
            text = f.read()
        print(errors, ascii(text))
    except UnicodeDecodeError as e:
        print(errors, 'UnicodeDecodeError:', e)
with open(name, 'w', encoding='utf-8', errors='surrogateescape') as f:
    f.write('a\udcff\udcfeb')
print(open(name, 'rb').read())
for errors in ['xmlcharrefreplace', 'backslashreplace', 'replace', 'ignore']:
    with open(name, 'w', encoding='ascii', errors=errors) as f:
        f.write('é€x')
    with open(name, 'rb') as f:
        print(errors, f.read())
try:
    with open(name, 'w', encoding='ascii') as f:
        f.write('é')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
try:
    open(name, 'w', encoding='no-such-codec')
except LookupError as e:
    print('LookupError:', e)
with open(name, 'w', encoding='utf-16') as f:
    f.write('ab')
    f.write('cd')
with open(name, 'a', encoding='utf-16') as f:
    f.write('ef')
with open(name, 'rb') as f:
    print(f.read())
with open(name, encoding='utf-16') as f:
    print(repr(f.read()))
with open(name, 'w', encoding='utf-8') as f:
    f.write('€' * 3000)
with open(name, encoding='utf-8') as f:
    text = f.read(2999)
    print(len(text), f.tell(), repr(f.read()))
os.remove(name)
