# str padding/alignment, zfill, center, translate/maketrans, encode, misc.
for w in [0, 5, 10]:
    print(repr('abc'.center(w)), repr('abc'.ljust(w, '*')), repr('abc'.rjust(w, '-')), repr('42'.zfill(w)))
print('-42'.zfill(6), '+7'.zfill(4), 'abc'.center(6, '='), 'ab'.center(5, '.'))
table = str.maketrans('abc', 'xyz', 'd')
print('abcdabcd'.translate(table), sorted(table.items()))
print('hello'.translate({ord('l'): None, ord('h'): 'J'}), str.maketrans({'a': '1'}))
print('héllo'.encode(), 'héllo'.encode('latin-1'), 'héllo'.encode('ascii', 'replace'),
      'héllo'.encode('ascii', 'ignore'), 'héllo'.encode('ascii', 'xmlcharrefreplace'),
      'héllo'.encode('ascii', 'backslashreplace'))
try:
    'héllo'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
print(b'h\xc3\xa9'.decode(), b'h\xe9'.decode('latin-1'), b'h\xe9'.decode('utf-8', 'replace'))
try:
    b'h\xe9'.decode()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print('a' * 3, 3 * 'ab', 'a' * 0, 'a' * -2, 'abc'[::-1], 'abcdef'[1:5:2], 'abc'[5:], 'abc'[-1])
print(len('héllo'), len('😀'), ord('😀'), chr(128512), '\u00e9' == 'é', 'ab' < 'abc', 'Z' < 'a')
try:
    'abc'[3]
except IndexError as e:
    print('IndexError:', e)
try:
    'abc'[0] = 'x'
except TypeError as e:
    print('TypeError:', e)
print('abc' in 'xabcx', '' in 'a', 'ac' in 'abc', str(), str(12), str(b'x', 'ascii'))
print(repr('quote\'s "double"'), repr("it's"), repr('\x00\t\n\x7f\u200b'), repr('ü€😀'))
print('%s|%5s|%-5s|%.2s' % ('a', 'b', 'c', 'long'), str.__len__('four'))
