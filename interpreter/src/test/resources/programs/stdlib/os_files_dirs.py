# os: making, listing, renaming and removing files and directories, with CPython's OSError texts.
import os

base = 'os_files_dirs_tmp'
os.mkdir(base)
os.makedirs(os.path.join(base, 'a', 'b', 'c'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
with open(os.path.join(base, 'f.txt'), 'w') as f:
    f.write('data')
print(sorted(os.listdir(base)), os.listdir(os.path.join(base, 'a')), sorted(os.listdir(base.encode())))
attempts = [
    ('mkdir', (base,)), ('makedirs', (os.path.join(base, 'a'),)), ('rmdir', (base,)),
    ('rmdir', (os.path.join(base, 'f.txt'),)), ('rmdir', ('no_such_dir',)), ('remove', (base,)),
    ('remove', ('no_such_file',)), ('unlink', ('no_such_file',)), ('listdir', (os.path.join(base, 'f.txt'),)),
    ('listdir', ('no_such_dir',)), ('mkdir', (os.path.join('no_such_dir', 'x'),)),
    ('rename', ('no_such_file', 'x')), ('rename', (os.path.join(base, 'f.txt'), os.path.join(base, 'a'))),
    ('chdir', ('no_such_dir',)), ('chdir', (os.path.join(base, 'f.txt'),)), ('stat', ('no_such_file',)),
    ('lstat', ('no_such_file',)), ('scandir', ('no_such_dir',)),
]
for name, args in attempts:
    try:
        getattr(os, name)(*args)
        print(name, 'succeeded')
    except OSError as e:
        print(name, type(e).__name__, e.errno, repr(e.strerror), repr(e.filename), repr(e.filename2), '|', e)
os.rename(os.path.join(base, 'f.txt'), os.path.join(base, 'g.txt'))
os.replace(os.path.join(base, 'g.txt'), os.path.join(base, 'a', 'h.txt'))
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, 'a'))))
with open(os.path.join(base, 'a', 'h.txt')) as f:
    print(f.read())
os.renames(os.path.join(base, 'a', 'h.txt'), os.path.join(base, 'x', 'y', 'z.txt'))
print(sorted(os.listdir(base)), os.listdir(os.path.join(base, 'x', 'y')))
os.removedirs(os.path.join(base, 'a', 'b', 'c'))
print(os.path.exists(base), sorted(os.listdir(base)))
os.remove(os.path.join(base, 'x', 'y', 'z.txt'))
os.removedirs(os.path.join(base, 'x', 'y'))
print(os.path.exists(base))
