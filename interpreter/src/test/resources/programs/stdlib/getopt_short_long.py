# getopt.getopt: short and long options, values, prefixes and the end of options
import getopt

def show(args, short, long=[]):
    try:
        print(getopt.getopt(args, short, long))
    except getopt.GetoptError as e:
        print('GetoptError:', e, '| opt =', repr(e.opt), '| args =', e.args)

show(['-a', '-b', 'val', 'file'], 'ab:')
show(['-abval', 'x', '-c'], 'ab:c')
show(['-bval'], 'ab:')
show(['-a', '--', '-b', 'x'], 'ab:')
show(['-', '-a'], 'a')
show(['--verbose', '--out=file.txt', '--level', '3', 'rest'], 'v', ['verbose', 'out=', 'level='])
show(['--verb'], '', ['verbose'])
show(['--ver'], '', ['verbose', 'version'])
show(['--version'], '', ['version', 'version-info'])
show(['--out'], '', 'out=')
show(['--out='], '', ['out='])
show(['-x'], 'ab')
show(['-b'], 'ab:')
show(['--nope'], '', ['yes'])
show(['--verbose=1'], '', ['verbose'])
show(['--out'], '', ['out='])
show(['a', '-b'], 'b')
show([], 'ab')
show(['-a:'], 'a:')
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
