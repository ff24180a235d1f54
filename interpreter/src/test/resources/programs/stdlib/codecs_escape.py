# codecs.escape_encode/escape_decode (bytes literals' escapes) and the _codecs functions of the
# escape codecs: consumed counts, incremental (final=False) decoding, str input, warnings.
import codecs
import _codecs

print(codecs.escape_encode(b'a\\\t\n\r\x00\x7f\xff"\''), codecs.escape_encode(b'\x80\x09'))
print(codecs.escape_decode(b'a\\x41\\n\\101\\t\\\\\\"'), codecs.escape_decode('\\x41\xe9'))
print(codecs.escape_decode(b'line\\\nnext\\a\\b\\f\\v\\0'))
for data, errors in [(b'\\x4', 'strict'), (b'ab\\', 'strict'), (b'\\x4', 'replace'),
                     (b'\\x4g', 'ignore'), (b'\\xg1', 'replace'), (b'\\x4', 'backslashreplace')]:
    try:
        print(data, errors, codecs.escape_decode(data, errors))
    except ValueError as e:
        print(data, errors, 'ValueError:', e)
try:
    codecs.escape_encode('text')
except TypeError as e:
    print('TypeError:', e)

print(_codecs.unicode_escape_decode(b'\\x41b'), _codecs.unicode_escape_decode('\\x41\xe9'))
print(_codecs.unicode_escape_decode(b'\\x41', 'strict', False))
print(_codecs.unicode_escape_decode(b'a\\x4', 'strict', False))
print(_codecs.unicode_escape_decode(b'a\\', 'strict', False), _codecs.unicode_escape_decode(b'a\\N{BUL', None, False))
print(_codecs.raw_unicode_escape_decode(b'a\\u00e9\\u12', 'strict', False))
print(_codecs.raw_unicode_escape_encode('\u1234\xe9'), _codecs.unicode_escape_encode('\u1234\xe9'))
try:
    _codecs.unicode_escape_encode(b'x')
except TypeError as e:
    print('TypeError:', e)
print(_codecs.encode('\u20ac', 'unicode_escape'), _codecs.decode(b'\\u20ac', 'unicode_escape'))
print(_codecs.lookup('raw_unicode_escape').name)
print(ascii(b'\\z\\8'.decode('unicode_escape')))
print(codecs.escape_decode(b'\\777\\q'))
