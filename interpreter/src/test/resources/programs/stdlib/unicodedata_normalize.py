# unicodedata.normalize and is_normalized on composed, decomposed and compatibility text
import unicodedata

texts = ['caf\u00e9', 'cafe\u0301', '\ufb01ne', '\u2460\u2461', 'A\u030a', '\u212b',
         '\u1e9b\u0323', '\uac00\u11a8', '\u1100\u1161\u11a8', 'x\u00b2 \u00bd',
         '\uff21\uff22\uff23', '\u0041\u0308\u0304', 'plain ascii', '']
for t in texts:
    row = []
    for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        n = unicodedata.normalize(form, t)
        row.append('%s=%s/%s' % (form, ascii(n), unicodedata.is_normalized(form, t)))
    print(ascii(t), ' '.join(row))

# normalizing twice changes nothing; NFC of NFD gives NFC
for t in texts:
    for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        once = unicodedata.normalize(form, t)
        assert unicodedata.normalize(form, once) == once
        assert unicodedata.is_normalized(form, once)
    assert unicodedata.normalize('NFC', unicodedata.normalize('NFD', t)) == unicodedata.normalize('NFC', t)
print('idempotent')


class S(str):
    pass


print(type(unicodedata.normalize('NFC', S('abc'))).__name__, type(unicodedata.normalize('NFD', S('\u00e9'))).__name__)
for form, text in (('nfc', 'a'), ('NFX', 'a'), ('NFC', b'a'), (None, 'a')):
    try:
        unicodedata.normalize(form, text)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    unicodedata.is_normalized('NFC')
except TypeError as e:
    print('TypeError:', e)
