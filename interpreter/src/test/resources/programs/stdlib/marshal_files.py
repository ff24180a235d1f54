# marshal.dump and marshal.load with files and BytesIO: consecutive values, EOF handling.
import io
import marshal
import os

buffer = io.BytesIO()
values = [[1, 'a'], 2.5, {'key': (None, True)}, b'raw', 'text', 10**30]
for value in values:
    print(marshal.dump(value, buffer), end=' ')
print(len(buffer.getvalue()))
buffer.seek(0)
print([marshal.load(buffer) for _ in values])
try:
    marshal.load(buffer)
except EOFError as e:
    print('EOFError:', e)
name = 'marshal_files.tmp'
with open(name, 'wb') as f:
    marshal.dump({'numbers': list(range(5)), 'nested': [(1, 2), {3}]}, f)
    marshal.dump('second', f, 2)
with open(name, 'rb') as f:
    first = marshal.load(f)
    second = marshal.load(f)
    print(first, second, f.read())
with open(name, 'rb') as f:
    data = f.read()
print(marshal.loads(data), len(data))
with open(name, 'wb') as f:
    f.write(b'[\x02\x00\x00\x00')
with open(name, 'rb') as f:
    try:
        marshal.load(f)
    except EOFError as e:
        print('EOFError:', e)
os.remove(name)
try:
    marshal.dump(1, io.StringIO())
except TypeError as e:
    print('TypeError:', e)
