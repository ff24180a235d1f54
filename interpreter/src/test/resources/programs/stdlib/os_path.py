# os and os.path: pure path manipulation and a few file tests in the program's directory.
import os
import os.path

print(os.path is os.path, os.sep, os.curdir, os.pardir, os.pathsep, os.name, os.linesep == '\n')
print(os.path.basename('/a/b/c.txt'), os.path.basename('/a/b/'), os.path.dirname('/a/b/c.txt'), os.path.dirname('c'))
print(os.path.join('a', 'b', 'c'), os.path.join('a/', 'b'), os.path.join('a', '/b', 'c'), os.path.join('', 'x'))
print(os.path.split('/a/b/c'), os.path.split('c'), os.path.split('/'), os.path.split('//a//b'))
print(os.path.splitext('x/y.tar.gz'), os.path.splitext('.bashrc'), os.path.splitext('noext'), os.path.splitext('a.b/c'))
print(os.path.normpath('/a/./b/../c//d/'), os.path.normpath(''), os.path.normpath('../x/..'), os.path.normpath('//a'))
print(os.path.isabs('/x'), os.path.isabs('x'), os.path.commonprefix(['/usr/lib', '/usr/local']), os.path.commonprefix([]))
print(os.path.abspath('.') == os.getcwd(), os.path.abspath('x/../y') == os.path.join(os.getcwd(), 'y'))
print(os.path.relpath('/a/b/c', '/a/d'), os.path.relpath('/a', '/a'))
print(os.path.exists(os.path.basename(__file__)), os.path.isfile(os.path.basename(__file__)), os.path.isdir('.'))
print(os.path.exists('no-such-file'), os.path.isdir(os.path.basename(__file__)), os.path.basename(__file__))
print(os.path.basename(__file__) in os.listdir('.'), type(os.environ).__name__, os.getenv('TAIPAN_NO_SUCH', 'dflt'))
try:
    os.remove('os_path_missing.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.filename)


class P:
    def __fspath__(self):
        return 'some/where.py'


print(os.fspath(P()), os.path.basename(P()), os.fspath('s'))
for expr in ['os.path.join(1)', 'os.fspath(1)', 'os.path.join("a", 1)']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
