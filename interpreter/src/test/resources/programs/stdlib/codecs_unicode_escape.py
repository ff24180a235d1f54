# The unicode_escape and raw_unicode_escape codecs: encoding, decoding, error positions and
# handlers, incremental decoding through codecs.
import codecs

text = 'a\\\t\n\r\x00\x7f\xff\u0100\U0001f600\ud800"\'z'
print(text.encode('unicode_escape'))
print(text.encode('raw_unicode_escape'))
print(ascii(text.encode('unicode_escape').decode('unicode_escape')) == ascii(text))
print(ascii(text.encode('raw_unicode_escape').decode('raw-unicode-escape')) == ascii(text))
print(ascii(b'\\a\\b\\f\\v\\\'\\"\\\n|\\101\\7\\x41\\u00e9\\U0001F600\\N{BULLET}\\N{latin small letter a}'
            .decode('unicode_escape')))
print(ascii(b'caf\xe9 \\t'.decode('unicode_escape')), ascii(b'\xe9\\u00e9\\x41\\\\u0041'.decode('raw_unicode_escape')))
print(ascii(b'\\\\\\u0041'.decode('raw_unicode_escape')), ascii(b'a\\'.decode('raw_unicode_escape')))

BAD = [b'a\\x4', b'a\\x4g', b'\\u12', b'\\U0011ffff', b'\\N{no such name}', b'\\N{LATIN', b'\\Nx',
       b'ab\\', b'\\U00012', b'\\x']
for data in BAD:
    try:
        data.decode('unicode_escape')
    except UnicodeDecodeError as e:
        print(data, e.encoding, e.start, e.end, '|', e)
    for handler in ('replace', 'ignore', 'backslashreplace'):
        print('   ', handler, ascii(data.decode('unicode_escape', handler)))
for data in [b'\\u12', b'\\U0011ffff', b'\\U00012']:
    try:
        data.decode('raw_unicode_escape')
    except UnicodeDecodeError as e:
        print(data, e.encoding, e.start, e.end, '|', e)
    print('   ', ascii(data.decode('raw_unicode_escape', 'replace')))

print(codecs.lookup('unicode-escape').name, codecs.lookup('RAW_UNICODE_ESCAPE').name)
print(codecs.encode('\u20ac\\', 'unicode_escape'), codecs.decode(b'\\u20ac', 'unicode_escape'))
dec = codecs.getincrementaldecoder('unicode_escape')()
print([ascii(dec.decode(bytes([b]))) for b in b'x\\u20ac\\n'], ascii(dec.decode(b'', final=True)))
