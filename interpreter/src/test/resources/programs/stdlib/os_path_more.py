# os.path: commonpath, expandvars, relpath, realpath, lexists, bytes paths, PathLike arguments.
import os
import os.path as p

print(p.commonpath(['/a/b/c', '/a/b/d']), p.commonpath(['a/b', 'a/c/']), p.commonpath(['/x']), p.commonpath(['a', 'a/./b']))
for bad in [[], ['/a', 'b'], ['a', b'b']]:
    try:
        p.commonpath(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
os.environ['TAIPAN_EV'] = 'val'
for s in ['$TAIPAN_EV/x', '${TAIPAN_EV}y', '$TAIPAN_NOPE/z', '${TAIPAN_NOPE}', 'a$', '$$', '${unclosed', 'no vars', '$TAIPAN_EV$TAIPAN_EV']:
    print(repr(s), '->', repr(p.expandvars(s)))
del os.environ['TAIPAN_EV']
print(p.relpath('a/b/c', 'a'), p.relpath('a', 'a/b/c'), p.relpath('/x/y', '/x/z/w'), p.relpath('.'), p.relpath('a/../b'))
for bad in [('',), ('a', '')]:
    try:
        print(p.relpath(*bad))
    except ValueError as e:
        print('ValueError:', e)
print(p.realpath('.') == os.getcwd(), p.realpath('x/../y') == p.join(os.getcwd(), 'y'), p.abspath('') == os.getcwd())
print(p.lexists('.'), p.lexists('no_such'), p.exists(''), p.isfile(''), p.isdir(''), p.islink('no_such'))
print(p.join(b'a', b'b'), p.split(b'/x/y'), p.basename(b'q/r.s'), p.splitext(b'f.tar.gz'), p.normpath(b'a//b/../c'))
for bad in [lambda: p.join('a', b'b'), lambda: p.join(b'a', 'b'), lambda: p.join(None), lambda: p.basename(3)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)


class Where:
    def __fspath__(self):
        return 'some/dir/file.txt'


w = Where()
print(p.basename(w), p.dirname(w), p.splitext(w), p.join(w, 'more'), p.split(w), isinstance(w, os.PathLike))
print(p.splitdrive('/a/b'), p.normcase('A/B'), p.isabs(w), p.exists(w), os.fspath(w), issubclass(str, os.PathLike))
print(p.normpath('///a/../..//b/./c/'), p.normpath('a/../..'), p.normpath('./'), p.normpath('//a//b'), p.normpath('.//..'))
print(p.dirname('/'), p.dirname('a/'), p.basename('a/b/'), p.split('//a//b//'), p.split(''), p.splitext('a/.b.c'))
print(p.commonprefix(['abc', 'abd', 'ab']), p.commonprefix([['a', 'b'], ['a', 'c']]), p.commonprefix(['x']))
print(p.expanduser('~') == os.environ['HOME'], p.expanduser('~/x') == p.join(os.environ['HOME'], 'x'), p.expanduser('a~'))
print(p.expanduser('~root/x'), p.expanduser('~no_such_user_here/y'), p.expanduser(b'~root'))
print(p.sep, p.curdir, p.pardir, p.extsep, p.pathsep, p.altsep, p.defpath, p.devnull, p.supports_unicode_filenames)
