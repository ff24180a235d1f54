# RegexFlag values and reprs, inline and scoped flags, Pattern reprs
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L)
print(repr(re.I | re.M), str(re.S | re.X), re.I | 0, repr(re.NOFLAG))
print(int(re.I), int(re.M | re.S), re.I.value, re.IGNORECASE.name)
print(re.I == 2, re.I | re.M == 10, type(re.I).__name__, isinstance(re.I, int))
print(re.compile('a', re.I | re.M))
print(re.compile('a'), re.compile('a', re.U), re.compile('a', re.A), re.compile(b'a', re.L))
print(re.compile('(?i)a'), re.compile('(?i)a').flags, re.compile('a').flags, re.compile(b'a').flags)
print(re.compile('a' * 250))

print(re.findall('(?i)[a-c]+', 'xAbCdabc'), re.findall('a', 'AaA', re.I))
print(re.findall('(?i:a)b', 'ab Ab aB AB'), re.findall('a(?-i:b)', 'ab Ab aB AB', re.I))
print(re.findall('^\\w', 'one\ntwo\nthree'), re.findall('^\\w', 'one\ntwo\nthree', re.M))
print(re.findall('\\w$', 'one\ntwo\nthree', re.M), re.findall('.+', 'a\nb'), re.findall('.+', 'a\nb', re.S))
print(re.findall('(?s:.).', 'a\nb\n'), re.findall('(?m)x$', 'x\nx'))
print(re.match(r'''(?x)
    (\d+)   # digits
    \s* - \s*
    (\d+)   # more digits
''', '12 - 34').groups())
print(re.findall(r'(?x) a [ ] b \# c', 'a b# c a b#c'))
print(re.findall(r'\w+', 'naïve café'), re.findall(r'\w+', 'naïve café', re.A), re.findall(r'(?a)\w+', 'naïve'))
print(re.findall(r'(?a:\w+) \w+', 'é é'), re.findall(r'\d', '1٣'), re.findall(r'\d', '1٣', re.A))
print(re.search('a$', 'a\n'), re.search('a\\Z', 'a\n'), re.search('(?m)a$', 'a\nb'))
print(re.findall(r'\s', ' \t\x1c\u2003x', re.A), len(re.findall(r'\s', ' \t\x1c\u2003x')))
print(re.compile('(?x)a b').pattern, re.compile('(?x)a b').flags & re.X)
