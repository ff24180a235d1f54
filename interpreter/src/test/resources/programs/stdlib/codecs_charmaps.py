# Single-byte code pages: every byte decoded, every decodable character encoded back,
# error messages, error handlers and alias names, compared with CPython's tables.
import codecs

PAGES = ['iso8859_2', 'iso8859_3', 'iso8859_4', 'iso8859_5', 'iso8859_6', 'iso8859_7',
         'iso8859_8', 'iso8859_9', 'iso8859_13', 'iso8859_15', 'iso8859_16', 'cp1250',
         'cp1251', 'cp1252', 'cp1253', 'cp1254', 'cp1255', 'cp1256', 'cp1257', 'cp1258',
         'cp437', 'cp737', 'cp775', 'cp850', 'cp852', 'cp855', 'cp857', 'cp858', 'cp860',
         'cp861', 'cp862', 'cp863', 'cp864', 'cp865', 'cp866', 'cp869', 'koi8_r', 'koi8_u',
         'mac_roman', 'mac_latin2']


def checksum(text):
    total = 0
    for i, ch in enumerate(text):
        total = (total * 31 + ord(ch) * (i + 1)) % 4294967291
    return total


for name in PAGES:
    table = bytes(range(256)).decode(name, 'replace')
    undefined = [b for b in range(256) if table[b] == '\ufffd']
    back = ''.join(ch for ch in table if ch != '\ufffd').encode(name)
    expected = bytes(b for b in range(256) if b not in undefined)
    print(name, codecs.lookup(name).name, checksum(table), 'undefined:', len(undefined),
          'round trip:', back == expected)
    print('   ', ascii(table[0x80:0x88]), ascii(table[0xA0:0xA8]), ascii(table[0xF8:]))

print(ascii(b'caf\xe9 \xa4'.decode('iso-8859-15')), ascii(b'\x80\x9f'.decode('cp1251')))
print('\u20ac\u0160'.encode('latin9'), '\u0416'.encode('KOI8-R'), '\u2591'.encode('IBM437'))
print('x\u4e00y'.encode('cp437', 'replace'), 'x\u4e00y'.encode('cp850', 'xmlcharrefreplace'))
print('x\u4e00y'.encode('koi8_r', 'backslashreplace'), 'x\u4e00y'.encode('mac_roman', 'ignore'))
try:
    'ab\u4e00\u4e01c'.encode('iso8859_15')
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason)
    print(e)
undefined_byte = bytes([[b for b in range(256) if bytes([b]).decode('cp1253', 'replace') == '\ufffd'][0]])
try:
    (b'ok' + undefined_byte).decode('cp1253')
except UnicodeDecodeError as e:
    print(e)
print(ascii((b'ok' + undefined_byte).decode('cp1253', 'backslashreplace')))
print(ascii((b'ok' + undefined_byte).decode('cp1253', 'ignore')))
for alias in ('latin2', 'L9', 'windows-1250', 'IBM866', 'macintosh', 'cskoi8r', '437'):
    print(alias, codecs.lookup(alias).name)
