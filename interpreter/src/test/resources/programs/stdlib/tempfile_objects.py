# tempfile: NamedTemporaryFile, TemporaryFile, TemporaryDirectory, SpooledTemporaryFile
import os
import tempfile

with tempfile.NamedTemporaryFile('w+', suffix='.log') as f:
    print(f.name.endswith('.log'), os.path.exists(f.name), f.mode)
    f.write('data\n')
    f.flush()
    f.seek(0)
    print(f.read(), end='')
    name = f.name
print(os.path.exists(name))
f = tempfile.NamedTemporaryFile(delete=False)
print(os.path.exists(f.name))
f.write(b'kept')
f.close()
print(os.path.exists(f.name), open(f.name, 'rb').read())
os.unlink(f.name)

with tempfile.TemporaryDirectory(prefix='tdx') as d:
    open(os.path.join(d, 'a'), 'w').close()
    os.mkdir(os.path.join(d, 'sub'))
    open(os.path.join(d, 'sub', 'b'), 'w').close()
    print(os.path.basename(d)[:3], sorted(os.listdir(d)))
print(os.path.exists(d))
t = tempfile.TemporaryDirectory()
print(repr(t) == '<TemporaryDirectory %r>' % t.name, os.path.isdir(t.name))
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))

with tempfile.TemporaryFile() as f:
    f.write(b'xyz')
    f.seek(0)
    print(f.read())
with tempfile.TemporaryFile('w+', encoding='utf-8') as f:
    print(f.write('héllo'), f.seek(0), f.read())

s = tempfile.SpooledTemporaryFile(max_size=10, mode='w+')
s.write('hello')
s.seek(0)
print(s.read(), s._rolled)
s.write(' and more than ten')
print(s._rolled, s.tell())
s.seek(0)
print(s.read())
s.close()
print(s.closed)
