# logging: basicConfig, module-level functions, exceptions with tracebacks, FileHandler
import logging
import os
import sys

# the first module-level call configures root itself (stderr, WARNING): later calls do nothing
logging.info('before basicConfig: dropped (root level is WARNING)')
logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format='%(levelname)s %(name)s %(funcName)s:%(lineno)d %(message)s')
logging.info('after basicConfig')
logging.basicConfig(format='ignored: root already has a handler')
logging.warning('still the first format')
print(logging.root.handlers, logging.root.level)

def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        logging.exception('cannot divide %d by %d', a, b)

divide(1, 0)
try:
    {}['missing']
except KeyError as e:
    logging.getLogger('lookup').error('lookup failed', exc_info=e)
logging.getLogger('quiet').critical('critical with exc_info=False', exc_info=False)

name = 'logging_basicconfig_test.log'
handler = logging.FileHandler(name, mode='w')
print(repr(handler).replace(os.getcwd(), '<cwd>'))
handler.setFormatter(logging.Formatter('%(name)s|%(levelname)s|%(message)s'))
file_logger = logging.getLogger('to.file')
file_logger.addHandler(handler)
file_logger.propagate = False
file_logger.warning('first line')
file_logger.error('second line: %r', [1, 2])
handler.close()
with open(name) as f:
    print(f.read(), end='')
os.remove(name)

logging.basicConfig(stream=sys.stdout, format='{levelname}>{message}', style='{', force=True)
logging.warning('forced new format')
for kwargs in [{'stream': sys.stdout, 'filename': 'x', 'force': True},
               {'nonsense': 1, 'force': True},
               {'style': '?', 'force': True}]:
    try:
        logging.basicConfig(**kwargs)
    except ValueError as e:
        print('ValueError', e)

record = logging.makeLogRecord({'msg': 'made %s', 'args': ('by hand',), 'levelno': 20})
print(record.getMessage(), record.levelno)
record = logging.LogRecord('rec', logging.INFO, '/a/b/c.py', 12, 'hi %s', ('x',), None)
print(repr(record), record.filename, record.module, record.levelname)
gm = logging.Formatter('%(asctime)s %(message)s')
gm.converter = __import__('time').gmtime
record.created = 86400 * 365 + 0.25
record.msecs = 250.0
print(gm.format(record))
print(logging.Formatter('%(asctime)s', datefmt='%d/%m/%Y').formatTime(record, '%Y'))
