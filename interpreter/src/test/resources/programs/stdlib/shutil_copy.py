# shutil: copyfile, copy, copy2, copymode, copystat, copyfileobj and their errors
import io
import os
import shutil

work = 'shutil_copy_scratch'
os.mkdir(work)
src = os.path.join(work, 'src.txt')
with open(src, 'w') as f:
    f.write('line one\nline two\n')
os.chmod(src, 0o640)
os.utime(src, (1000000000, 1000000000))

print(shutil.copyfile(src, os.path.join(work, 'a.txt')))
print(oct(os.stat(os.path.join(work, 'a.txt')).st_mode & 0o777) != '0o640' or 'umask kept 640')
print(shutil.copy(src, os.path.join(work, 'b.txt')))
print(oct(os.stat(os.path.join(work, 'b.txt')).st_mode & 0o777))
sub = os.path.join(work, 'sub')
os.mkdir(sub)
print(shutil.copy(src, sub))
print(shutil.copy2(src, os.path.join(work, 'c.txt')))
st = os.stat(os.path.join(work, 'c.txt'))
print(oct(st.st_mode & 0o777), int(st.st_mtime))
with open(os.path.join(work, 'c.txt')) as f:
    print(repr(f.read()))

os.chmod(os.path.join(work, 'a.txt'), 0o600)
shutil.copymode(src, os.path.join(work, 'a.txt'))
print(oct(os.stat(os.path.join(work, 'a.txt')).st_mode & 0o777))
shutil.copystat(src, sub)
print(int(os.stat(sub).st_mtime))

out = io.StringIO()
shutil.copyfileobj(io.StringIO('x' * 100000), out, 4096)
print(len(out.getvalue()))

try:
    shutil.copyfile(src, src)
except shutil.SameFileError as e:
    print('SameFileError', e, isinstance(e, OSError))
try:
    shutil.copyfile(os.path.join(work, 'missing'), os.path.join(work, 'x'))
except FileNotFoundError as e:
    print('FileNotFoundError', e)
try:
    shutil.copyfile(src, sub)
except IsADirectoryError as e:
    print('IsADirectoryError', e)

shutil.rmtree(work)
print(os.path.exists(work))
