# getopt.gnu_getopt: options mixed with arguments, '+' and POSIXLY_CORRECT
import getopt, os

def show(args, short, long=[]):
    try:
        print(getopt.gnu_getopt(args, short, long))
    except getopt.GetoptError as e:
        print('GetoptError:', e, repr(e.opt))

os.environ.pop('POSIXLY_CORRECT', None)
show(['file1', '-a', 'file2', '--long', 'v', 'file3'], 'a', ['long='])
show(['x', '--', '-a', 'y'], 'a')
show(['x', '-', '-a'], 'a')
show(['x', '-a', 'y'], '+a')
show(['-a', 'x', '-b'], '+ab')
os.environ['POSIXLY_CORRECT'] = '1'
show(['-a', 'x', '-a'], 'a')
del os.environ['POSIXLY_CORRECT']
show(['-a', 'x', '-a'], 'a')
show(['x', '-z'], 'a')
show(['x', '--lo'], '', ['long', 'loud'])
e = getopt.GetoptError('custom message')
print(str(e), repr(e.opt), e.msg, e.args)
