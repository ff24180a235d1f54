# os.symlink, readlink, islink, lstat versus stat, realpath, and os.walk with followlinks.
import os

top = 'os_symlinks_tmp'
os.makedirs(os.path.join(top, 'real', 'inner'))
with open(os.path.join(top, 'real', 'file.txt'), 'w') as f:
    f.write('content')
os.symlink('real', os.path.join(top, 'link_dir'))
os.symlink(os.path.join('real', 'file.txt'), os.path.join(top, 'link_file'))
os.symlink('missing_target', os.path.join(top, 'dangling'))
for name in ['real', 'link_dir', 'link_file', 'dangling']:
    p = os.path.join(top, name)
    print(name, os.path.islink(p), os.path.exists(p), os.path.lexists(p), os.path.isdir(p), os.path.isfile(p))
print(os.readlink(os.path.join(top, 'link_dir')), os.readlink(os.path.join(top, 'link_file')))
print(oct(os.lstat(os.path.join(top, 'link_file')).st_mode & 0o170000), oct(os.stat(os.path.join(top, 'link_file')).st_mode & 0o170000))
print(os.stat(os.path.join(top, 'link_file'), follow_symlinks=False).st_mode & 0o170000 == 0o120000)
print(os.path.realpath(os.path.join(top, 'link_file')) == os.path.abspath(os.path.join(top, 'real', 'file.txt')))
with open(os.path.join(top, 'link_file')) as f:
    print(f.read())
with os.scandir(top) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e.name, e.is_symlink(), e.is_dir(), e.is_dir(follow_symlinks=False), e.is_file(), e.is_file(follow_symlinks=False))
for follow in [False, True]:
    print('followlinks', follow)
    for root, dirs, files in os.walk(top, followlinks=follow):
        dirs.sort()
        print(' ', root, dirs, sorted(files))
for call in [lambda: os.readlink(os.path.join(top, 'real')), lambda: os.readlink('no_such_link'),
             lambda: os.symlink('x', os.path.join(top, 'link_dir')), lambda: os.stat(os.path.join(top, 'dangling'))]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
for name in ['link_dir', 'link_file', 'dangling']:
    os.remove(os.path.join(top, name))
os.remove(os.path.join(top, 'real', 'file.txt'))
os.rmdir(os.path.join(top, 'real', 'inner'))
os.rmdir(os.path.join(top, 'real'))
os.rmdir(top)
print(os.path.exists(top))
