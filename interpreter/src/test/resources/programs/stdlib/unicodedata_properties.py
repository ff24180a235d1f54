# unicodedata: categories, bidi classes, mirroring, names, lookups and numeric values
import unicodedata

print(unicodedata.unidata_version)
sample = 'aZ5 \t\n\u00e9\u0301\u00bd\u2167\u0663\u05d0\u0627(){}\u00ab\u20ac\u2028\u200b\ud7a3\u4e00\u4e5d\uac00\U0001F600\U00010107\ue000'
for ch in sample:
    print('%06X' % ord(ch), unicodedata.category(ch), repr(unicodedata.bidirectional(ch)),
          unicodedata.mirrored(ch), unicodedata.name(ch, '<no name>'),
          unicodedata.decimal(ch, '-'), unicodedata.digit(ch, '-'), unicodedata.numeric(ch, '-'))

for name in ('LATIN SMALL LETTER A', 'latin small letter sharp s', 'EURO SIGN', 'SNOWMAN',
             'CJK UNIFIED IDEOGRAPH-4E2D', 'HANGUL SYLLABLE GAG', 'NBSP', 'LINE FEED'):
    print(name, '->', ascii(unicodedata.lookup(name)))
for bad in ('NO SUCH THING', 'cjk unified ideograph-4e2d', ''):
    try:
        unicodedata.lookup(bad)
    except KeyError as e:
        print('KeyError:', e)
for fn in (unicodedata.decimal, unicodedata.digit, unicodedata.numeric):
    for ch in ('x', '\u00b2', '\u2155', '\u4e07'):
        try:
            print(fn.__name__, ascii(ch), fn(ch))
        except ValueError as e:
            print(fn.__name__, ascii(ch), 'ValueError:', e)
try:
    unicodedata.name('\x00')
except ValueError as e:
    print('ValueError:', e)
for fn in (unicodedata.category, unicodedata.name, unicodedata.numeric, unicodedata.mirrored):
    for arg in ('ab', '', 7):
        try:
            fn(arg)
        except TypeError as e:
            print('TypeError:', e)
print(sum(1 for c in range(0x1000) if unicodedata.category(chr(c)) == 'Lu'))
print(sum(1 for c in range(0x2000, 0x2400) if unicodedata.mirrored(chr(c))))
for arg in (None, 'ab'):
    try:
        unicodedata.category(arg)
    except TypeError as e:
        print('TypeError:', e)
print(sum(unicodedata.numeric(chr(c), 0) for c in range(0x2150, 0x2190)))
