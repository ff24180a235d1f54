# os.stat and os.stat_result: fields, struct-sequence behaviour, file types and sizes.
import os


name = 'os_stat.tmp'
with open(name, 'wb') as f:
    f.write(b'x' * 1234)
st = os.stat(name)
print(type(st), type(st).__name__, type(st).__module__, len(st), st.n_fields, st.n_sequence_fields, st.n_unnamed_fields)
print(st.st_size, oct(st.st_mode & 0o170000), st.st_nlink, st[6] == st.st_size, st[0] == st.st_mode)
print(type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__, st[8] == int(st.st_mtime))
print(st.st_mtime_ns // 10**9 == st[8], abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1e-3, st.st_blocks >= 0, st.st_blksize > 0)
print(os.lstat(name).st_size, os.stat(name, follow_symlinks=False).st_size, os.path.getsize(name))
print(os.path.getmtime(name) == st.st_mtime, os.path.getatime(name) == st.st_atime, os.path.getctime(name) == st.st_ctime)
d = os.stat('.')
print(oct(d.st_mode & 0o170000), d.st_size > 0, os.stat(name).st_ino == st.st_ino, os.path.samefile(name, './' + name))
with open(name, 'rb') as f:
    fst = os.fstat(f.fileno())
    print(fst.st_size, fst.st_ino == st.st_ino, os.stat(f.fileno()).st_size)
r = os.stat_result(tuple(range(10)))
print(r, r.st_atime, r.st_mtime, r.st_ctime, r.st_mode, r.st_size, r.st_mtime_ns)
r = os.stat_result(tuple(range(10)) + (10.5, 11.5, 12.5))
print(r.st_atime, r.st_mtime, r.st_ctime, r[7], tuple(r)[:3])
for bad in [(1, 2), tuple(range(20))]:
    try:
        os.stat_result(bad)
    except TypeError as e:
        print('TypeError:', e)
for bad in [3.5, None, ['x']]:
    try:
        os.stat(bad)
    except TypeError as e:
        print('TypeError:', e)
os.utime(name, (1000000000, 1500000000))
st = os.stat(name)
print(st.st_atime, st.st_mtime, st[7], st[8], st.st_mtime_ns)
os.chmod(name, 0o640)
print(oct(os.stat(name).st_mode), os.access(name, os.R_OK), os.access(name, os.X_OK), os.access('nope', os.F_OK))
os.remove(name)
