# codecs.register_error handlers used by str.encode and bytes.decode: replacements as str
# or bytes, resuming positions, bad return values and lookup of unknown names.
import codecs


def stars(exc):
    return ('*' * (exc.end - exc.start), exc.end)


def as_bytes(exc):
    return (b'<%d>' % exc.start, exc.end)


def skip_one_more(exc):
    return ('', min(exc.end + 1, len(exc.object)))


def describe(exc):
    print('   handler sees', type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason)
    if isinstance(exc, UnicodeDecodeError):
        return ('[%s]' % exc.object[exc.start:exc.end].hex(), exc.end)
    return ('[%s]' % exc.object[exc.start:exc.end], exc.end)


codecs.register_error('test.stars', stars)
codecs.register_error('test.bytes', as_bytes)
codecs.register_error('test.skip', skip_one_more)
codecs.register_error('test.describe', describe)
codecs.register_error('test.bad', lambda exc: 'oops')
codecs.register_error('test.far', lambda exc: ('?', 99))
codecs.register_error('test.nonascii', lambda exc: ('\xe9', exc.end))
codecs.register_error('test.back', lambda exc: ('!', -1))

text = 'caf\xe9 \u4e00\u4e01 ok'
for encoding in ('ascii', 'latin-1', 'cp437', 'iso8859_15'):
    for handler in ('test.stars', 'test.bytes', 'test.skip', 'test.describe'):
        print(encoding, handler, text.encode(encoding, handler))
print(text.encode('ascii', 'test.back')[:40])
for handler in ('test.bad', 'test.far', 'test.nonascii'):
    try:
        print(handler, text.encode('ascii', handler))
    except Exception as e:
        print(handler, type(e).__name__, e)
for data, encoding in [(b'ab\xff\xfecd', 'utf-8'), (b'x\x80y', 'ascii'), (b'\x81ok', 'cp1252'),
                       (b'ab\\x4cd', 'unicode_escape')]:
    for handler in ('test.stars', 'test.describe'):
        print(data, encoding, handler, ascii(data.decode(encoding, handler)))
    try:
        data.decode(encoding, 'test.bytes')
    except TypeError as e:
        print('TypeError', e)
print(codecs.lookup_error('test.stars') is stars, codecs.encode('\xe9', 'ascii', 'test.stars'))
for name in ('test.missing',):
    try:
        'x\xe9'.encode('ascii', name)
    except LookupError as e:
        print('LookupError', e)
    try:
        codecs.lookup_error(name)
    except LookupError as e:
        print('LookupError', e)
try:
    codecs.register_error('test.notcallable', 42)
except TypeError as e:
    print('TypeError', e)
