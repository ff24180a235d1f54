# gzip: compress/decompress, GzipFile and gzip.open in binary and text modes, errors
import gzip, io, os
print(gzip.compress(b'abc', mtime=0), gzip.compress(b'abc', 1, mtime=5), gzip.compress(b'abc', 6, mtime=0))
b = io.BytesIO()
with gzip.GzipFile(fileobj=b, mode='wb', mtime=0) as f: print(f.write(b'hello'), f.write(b' world'))
print(b.getvalue())
b = io.BytesIO()
with gzip.GzipFile(filename='name.txt', fileobj=b, mode='wb', mtime=0) as f: f.write(b'hi')
print(b.getvalue())
for bad in [b'notgzip', gzip.compress(b'abc')[:-2]]:
    try: gzip.decompress(bad)
    except Exception as e: print(type(e).__name__, e)
print(gzip.decompress(gzip.compress(b'a')+gzip.compress(b'b')))
name = 'gz_scratch_file.gz'
with gzip.open(name, 'wb') as f: f.write(b'line 1\nline 2\n')
with gzip.open(name) as f: print(f.read())
with gzip.open(name, 'rb') as f: print(list(f))
with gzip.open(name, 'wt', encoding='utf-8') as f: f.write('text é\nmore\n')
with gzip.open(name, 'rt', encoding='utf-8') as f: print(f.readlines())
with open(name, 'rb') as f: head = f.read(10)
print(head[:4], head[8:])
with gzip.GzipFile(name, 'rb') as f: print(f.readline(), f.tell(), f.read(3), f.mode == 'rb')
os.remove(name)
for bad in [lambda: gzip.open(name, 'rbt'), lambda: gzip.open(name, 'rb', encoding='x'), lambda: gzip.open(5)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
with gzip.GzipFile(fileobj=io.BytesIO(), mode='wb') as f:
    try: f.read()
    except OSError as e: print(e)
