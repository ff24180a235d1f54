# stat: interpreting os.stat() results of a file and a directory we create
import os, stat

name = 'stat_os_tmp.txt'
with open(name, 'w') as f:
    f.write('hello')
os.chmod(name, 0o640)
st = os.stat(name)
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode))
print(oct(stat.S_IMODE(st.st_mode)), st[stat.ST_SIZE], st[stat.ST_MODE] == st.st_mode)
print(bool(st.st_mode & stat.S_IRUSR), bool(st.st_mode & stat.S_IWGRP), bool(st.st_mode & stat.S_IROTH))
os.chmod(name, stat.S_IRUSR | stat.S_IWUSR | stat.S_IXUSR | stat.S_IRGRP)
print(stat.filemode(os.stat(name).st_mode))
os.remove(name)
d = 'stat_os_tmp_dir'
os.mkdir(d)
os.chmod(d, 0o750)
st = os.stat(d)
print(stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode), oct(stat.S_IFMT(st.st_mode)))
os.rmdir(d)
print(stat.ST_MODE, stat.ST_INO, stat.ST_DEV, stat.ST_NLINK, stat.ST_UID, stat.ST_GID, stat.ST_SIZE,
      stat.ST_ATIME, stat.ST_MTIME, stat.ST_CTIME)
