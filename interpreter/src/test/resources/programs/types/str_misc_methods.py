# More str behaviour: comparison, hashing consistency, iteration, multiplication, in-place joins.
s = 'Hello, World'
print(sorted(s.lower()), min(s), max(s), list(reversed('abc')), 'abc' * 2 + 'd')
print(s.index('o'), s.rindex('o'), s.find('o', 5, 9), s.rfind('l', 0, 5), s.count('l', 3))
print('x'.join('abc'), '%s' % s[::3], s.startswith('World', 7), s.endswith(('x', 'ld')))
print('ab' < 'abc' < 'b', 'B' < 'a', 'é' > 'z', sorted(['b', 'A', 'a', 'B']))
print(str.lower('ABC'), str.__add__('a', 'b'), 'abc'.__contains__('b'), 'a'.__mul__(3))
print('test'.encode('utf-16-le'), 'test'.encode('utf-32-be')[:8], len('日本'.encode('utf-8')))
print('snake_case_name'.title().replace('_', ''), '  x '.isspace(), ''.join(reversed('stressed')))
print('{:>{}}'.format('r', 4), 'abc'.zfill(5), 'A'.lower() == 'a', 'ß'.upper(), 'ǈ'.title())
lines = 'one\ntwo\n\nthree'
print([l for l in lines.splitlines() if l], lines.count('\n'), lines.split('\n'))
print('%-6s|%6s|' % ('ab', 'cd'), 'é'.center(5, '*'), 'tab\tsep'.expandtabs(2))
print(ord(min('hello')), chr(ord('a') + 1), str(3.0), str(-0.0), str(1e100), str(10 ** 20))
