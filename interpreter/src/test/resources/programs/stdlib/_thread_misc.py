# _thread odds and ends: stack_size, interrupt_main, _excepthook and _ExceptHookArgs.
import sys
import _thread

print(_thread.stack_size())
print(_thread.stack_size(1 << 20), _thread.stack_size(), _thread.stack_size(0))
for bad in (100, -1):
    try:
        _thread.stack_size(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    _thread.interrupt_main()
    for i in range(1000):
        pass
    print('not interrupted')
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
for bad in (0, 100):
    try:
        _thread.interrupt_main(bad)
    except ValueError as e:
        print('ValueError:', e)
done = _thread.allocate_lock()
done.acquire()


def interrupter():
    _thread.interrupt_main()
    done.release()


try:
    _thread.start_new_thread(interrupter, ())
    done.acquire()
    while True:
        pass
except KeyboardInterrupt:
    print('main interrupted by another thread')

print(_thread._ExceptHookArgs.__name__, _thread._ExceptHookArgs._fields if hasattr(_thread._ExceptHookArgs, '_fields') else _thread._ExceptHookArgs.n_fields)


class FakeThread:
    name = 'worker-7'


def raised():
    try:
        raise ValueError('hook me')
    except ValueError:
        return sys.exc_info()


sys.stderr = sys.stdout
args = _thread._ExceptHookArgs((*raised()[:2], None, FakeThread()))
print(args.thread.name, args.exc_type.__name__, args.exc_traceback)
_thread._excepthook(args)
_thread._excepthook(_thread._ExceptHookArgs((SystemExit, SystemExit(3), None, FakeThread())))
print('SystemExit is silent')
try:
    _thread._excepthook((1, 2, 3, 4))
except TypeError as e:
    print('TypeError:', e)
sys.stderr = sys.__stderr__
