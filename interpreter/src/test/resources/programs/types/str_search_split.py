# str searching, splitting, joining, partitioning, stripping.
s = 'the quick brown fox jumps over the lazy dog'
print(s.find('the'), s.find('the', 1), s.rfind('the'), s.find('cat'), s.index('quick'))
print(s.count('o'), s.count('the'), s.count(''), 'aaaa'.count('aa'))
print(s.startswith('the'), s.startswith(('a', 'th')), s.endswith('dog'), s.endswith('do', 0, -1))
try:
    s.index('cat')
except ValueError as e:
    print('ValueError:', e)
try:
    s.rindex('cat')
except ValueError as e:
    print('ValueError:', e)
print(s.split(), s.split(' ', 2), s.rsplit(' ', 2), 'a,b,,c'.split(','), ''.split(), ''.split(','))
print('  a  b  '.split(), '  a  b  '.split(' '), 'a\nb\r\nc\rd'.splitlines(), 'x\ny\n'.splitlines(True))
print('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'none'.partition('='), 'none'.rpartition('='))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'))
try:
    ','.join(['a', 1])
except TypeError as e:
    print('TypeError:', e)
print(repr('  pad  '.strip()), repr('xxhixx'.strip('x')), repr('  l'.lstrip()), repr('r  '.rstrip()))
print('prefix_body'.removeprefix('prefix_'), 'body.txt'.removesuffix('.txt'), 'x'.removeprefix('y'))
try:
    'abc'.split('')
except ValueError as e:
    print('ValueError:', e)
print('a\tb\tc'.expandtabs(), 'a\tb'.expandtabs(4), '01\t012\t0123'.expandtabs(4))
print('1,2;3'.replace(',', ';').split(';'), 'aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'))
print('Mississippi'.split('ss'), 'a b c'.split(None, 1), '1  2'.rsplit(None, 1))
