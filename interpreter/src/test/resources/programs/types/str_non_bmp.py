# str methods, codecs, formatting and int()/float() on text outside the BMP (one code point each).
s = 'a\U0001F600b\U00010348cß\u0130'
print(len(s), s.upper(), s.lower(), s.casefold(), s.title(), s.swapcase(), s.capitalize())
print(s.center(14, '\U0001F600'), s.ljust(12, '-'), s.zfill(12), s.expandtabs(), s.partition('\U0001F600'), s.rpartition('b'))
print(s.split('\U0001F600'), s.rsplit('b', 1), s.find('\U00010348'), s.rfind('c'), s.count('\U0001F600'), s.replace('\U0001F600', 'X', 1))
print([c for c in s][1], s[1:3], s[-2:], s[::2], s.startswith('\U0001F600', 1), s.endswith(('\u0130',)), s.index('ß'))
print(s.encode('utf-8'), s.encode('utf-16'), s.encode('utf-32-be')[:8], s.encode('ascii', 'backslashreplace'), s.encode('latin-1', 'xmlcharrefreplace'))
print(ascii(s), repr(s), s.isalpha(), s.isalnum(), '\U0001D7D9'.isdigit(), '\U0001D7D9'.isdecimal(), int('\U0001D7D9\u0663'), '\U00010348'.isalpha())
print(sorted(['\U0001F600', '\uffff', 'z', '\U00010000']), max(s), min(s), '\U0001F600' > '\uffff', ord(max(s)), chr(0x1F600) == '\U0001F600')
print(s.translate({0x1F600: 'SMILE', ord('a'): None}), str.maketrans('ab', 'xy'), 'x\U0001F600y'.strip('xy'), '\U0001F600'.join('ab'))
print(f'{s!r:>20}|{s:^16}|{s:.3}', '%.2s|%5s' % (s, '\U0001F600'), format('\U0001F600', '*^5'))
print('\N{GRINNING FACE}', '\U0001F600'.encode('utf-8').decode('utf-8') == '\U0001F600', b'\xf0\x9f\x98\x80'.decode('utf-16', 'replace'), '\ud83d'.encode('utf-8', 'surrogatepass'))
print('straße'.upper(), 'ΣΑΣ'.lower(), 'ǅ'.title(), 'ﬁ'.upper(), 'İ'.lower(), len('İ'.lower()), 'ß'.casefold())
print('a\tb\r\nc\x0bd\x1ce\u2028f'.splitlines(), 'a\tb\r\nc'.splitlines(True), ' \u3000x\u00a0 '.split(), '\u3000x\u00a0'.strip())
print(int('\U0001D7D9\u0663'), int('\u0663'), int('\U0001D7D9'), float('\U0001D7D9.5'), int('\uff11\uff12'), int('-\U0001D7D9_\U0001D7DA'))
try:
    int('\U0001F600')
except ValueError as e:
    print(e)
