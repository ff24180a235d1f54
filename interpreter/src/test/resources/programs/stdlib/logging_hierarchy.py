# logging: the logger hierarchy, levels, handlers, formatters, filters, adapters, lastResort
import logging
import sys

app = logging.getLogger('app')
db = logging.getLogger('app.db')
print(repr(logging.getLogger()), repr(app), repr(db))
print(db.parent is app, app.parent is logging.root, logging.getLogger('app') is app)
late = logging.getLogger('svc.api.v1')
svc = logging.getLogger('svc')
print(late.parent is svc, app.getChild('db') is db)

# no handler anywhere: lastResort writes the bare message to stderr
db.warning('no handler yet: %s', 'to stderr')
db.info('info is below WARNING, dropped')

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('%(levelname)-8s %(name)s | %(message)s'))
app.addHandler(out)
app.setLevel(logging.DEBUG)
print(repr(out), app.getEffectiveLevel(), db.getEffectiveLevel(), db.isEnabledFor(10))
db.debug('debug from %s with %d args', 'db', 2)
db.info('mapping %(user)s', {'user': 'ann'})
app.log(25, 'custom level')
logging.addLevelName(25, 'NOTICE')
app.log(25, 'named now')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'), logging.getLevelName(33))

brace = logging.StreamHandler(sys.stdout)
brace.setFormatter(logging.Formatter('{name}:{levelno}:{message!r}', style='{'))
dollar = logging.StreamHandler(sys.stdout)
dollar.setFormatter(logging.Formatter('$levelname/${funcName}/$lineno: $message', style='$'))
app.propagate = True
db.addHandler(brace)
db.addHandler(dollar)
def work():
    db.error('in work')
work()
db.removeHandler(brace)
db.removeHandler(dollar)

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
out.addFilter(OnlyOdd())
for i in range(4):
    app.info('number %d', i)
out.filters.clear()
out.addFilter(logging.Filter('app.db'))
app.info('filtered out by name')
db.info('passes the name filter')
out.filters.clear()

adapter = logging.LoggerAdapter(db, {'request': 'r-7'})
fmt_handler = logging.StreamHandler(sys.stdout)
fmt_handler.setFormatter(logging.Formatter('[%(request)s] %(message)s'))
db.addHandler(fmt_handler)
db.propagate = False
adapter.warning('through the adapter')
print(repr(adapter), adapter.isEnabledFor(logging.DEBUG))
logging.Formatter.converter = __import__('time').gmtime
print(logging.Formatter().formatTime(logging.makeLogRecord({'created': 0.5, 'msecs': 500})))
try:
    db.info('bad', extra={'message': 'x'})
except KeyError as e:
    print('KeyError', e)
for bad in ['NOPE', 2.5]:
    try:
        app.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for fmt, style in [('plain', '%'), ('plain', '{'), ('x', '#')]:
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print('ValueError', e)
db.removeHandler(fmt_handler)
logging.disable(logging.WARNING)
db.warning('disabled')
logging.disable(logging.NOTSET)
db.warning('enabled again')
