# Audit events the interpreter raises (PEP 578), seen by hooks added with sys.addaudithook.
import os
import sys

SHOWN = {'compile', 'exec', 'import', 'sys._getframe', 'sys.settrace', 'sys.setprofile',
         'builtins.input', 'builtins.input/result', 'os.listdir', 'os.mkdir', 'os.rmdir',
         'object.__getattr__', 'object.__setattr__', 'sys._current_frames',
         'sys._current_exceptions', 'sys.excepthook', 'sys.addaudithook', 'demo.event'}


def describe(a):
    if isinstance(a, (str, int, bytes, type(None))):
        return repr(a)
    return type(a).__name__


def first(event, args):
    if event not in SHOWN:
        return
    # Paths the import system looks at are absolute: they differ between machines.
    if args and isinstance(args[0], str) and os.path.isabs(args[0]):
        return
    if event == 'compile' and len(args) > 1 and os.path.isabs(str(args[1])):
        return
    print('hook 1:', event, [describe(a) for a in args])


def second(event, args):
    if event == 'demo.event':
        print('hook 2:', event, args)


sys.addaudithook(first)
sys.addaudithook(second)
sys.audit('demo.event', 1, 'two')
code = compile('x = 1', '<text>', 'exec')
exec(code)
exec('y = 2')
print(eval('40 + 2'))
sys._getframe()
sys.settrace(None)
sys.setprofile(None)
os.listdir('.')
os.mkdir('audit_events_dir')
os.rmdir('audit_events_dir')
def f():
    pass
f.__code__
f.__code__ = f.__code__
try:
    raise ValueError('x')
except ValueError as e:
    e.__traceback__.tb_frame
sys._current_frames()
sys._current_exceptions()
print(input('prompt> '))
sys.path.insert(0, "audit_mods")
import audit_helper
print(audit_helper.VALUE)


def refuse(event, args):
    if event == 'sys.addaudithook':
        raise RuntimeError('no more hooks')


sys.addaudithook(refuse)
sys.addaudithook(lambda event, args: print('never called'))
sys.audit('demo.event')
raise KeyError('uncaught')
