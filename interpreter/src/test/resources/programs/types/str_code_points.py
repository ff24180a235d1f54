# str is a sequence of code points: non-BMP characters, lone and split surrogates.
s = 'h\u00e9llo w\u00f6rld \U0001f600 \U00010400x'
print(len(s), ascii(s[13]), ascii(s[-2]), ascii(s[::3]), ascii(list(s[10:])))
for ch in 'a\U0001f600b':
    print(ascii(ch), ord(ch), len(ch))
hi, lo = '\ud800', '\udc00'
pair = hi + lo
literal = '\ud800\udc00'
joined = '\U00010000'
print(len(pair), len(literal), len(joined), pair == literal, pair == joined)
print(ascii(pair), ascii(joined), ascii([c for c in pair]), ascii(pair[1:]))
d = {pair: 'split', joined: 'joined'}
print(len(d), d[literal], d['\U00010000'])
print(sorted([joined, '\uffff', pair, 'a', '\ue000']) == ['a', pair, '\ue000', '\uffff', joined])
print(ascii(sorted(['b', 'A', '\U0001f600', '\uffff', 'a'])))
print('\U0001f600' > '\uffff', '\ud800' < '\ue000', 'a\ud800' < 'a\uffff')
print(ascii(pair.upper()), ascii(pair.center(4, '*')), ascii(pair + 'x'), ascii(('x' + pair) * 2))
print(ascii('%s|%s' % (hi, lo)), ascii('{}{}'.format(hi, lo)), ascii('-'.join([hi, lo])))
print(ascii(''.join([hi, lo])), len(''.join([hi, lo])))
print(ascii(' \ud800\udc00 x '.split()), ascii('\ud800\udc00,a'.split(',')))
print('\U00010000'.find('\udc00'), ('\ud800\udc00' + 'x').find('\udc00'), '\U00010000'.count('\ud800'))
t = 'a\U0001f600b\U0001f600c'
print(t.index('c'), t.rfind('\U0001f600'), t[1:4] == '\U0001f600b\U0001f600', t[::-1] == 'c\U0001f600b\U0001f600a')
it = iter(t)
print(it.__length_hint__(), ascii(next(it)), ascii(next(it)), it.__length_hint__())
print(ascii(chr(0x10ffff)), ord(chr(0xdfff)), ascii(repr('\x00\x7f\x85\u200b\ud800\U000e0000')))
print(''.__sizeof__(), 'ab'.__sizeof__(), '\u00e9\u00e9'.__sizeof__(), '\u0100'.__sizeof__(), 'a\U0001f600'.__sizeof__())
