# handlers run after the traceback of an uncaught exception is printed
import atexit


def cleanup(label):
    print('cleanup', label)


atexit.register(cleanup, 'one')
atexit.register(cleanup, 'two')
print('about to fail')
{}['missing key']
