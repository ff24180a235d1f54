# bytes patterns: matching bytes-like subjects, ASCII classes, LOCALE, errors on mixing types
import re

p = re.compile(rb'(\w+)=(\d+)')
m = p.search(b'xx key=42 yy')
print(m, m.groups(), m.group(1), m[2], m.span(1), m.groupdict())
print(p.findall(b'a=1 b=2'), p.sub(rb'\2:\1', b'a=1 b=2'), p.split(b'a=1 b=2'))
print(re.findall(rb'\w+', b'caf\xe9 na\xefve'), re.findall(rb'(?i)\xc9', b'\xe9\xc9'))
print(re.findall(rb'[^\x00-\x7f]+', b'ab\xff\xfecd'), re.findall(rb'\d', b'1\xb2'))
print(re.match(rb'.', bytearray(b'xyz')), re.search(rb'y', memoryview(b'xyz')))
print(re.findall(rb'y', bytearray(b'yxy')), re.sub(rb'y', b'Y', bytearray(b'yxy')))
print(re.split(rb'x', memoryview(b'axbxc')), re.fullmatch(rb'a+', b'aaa'))
print(re.compile(rb'a', re.I), re.compile(rb'a').flags, re.compile(rb'(?L)a').flags)
print(re.compile(rb'a', re.L | re.I), re.compile(rb'(?i)a').flags)
print(re.sub(rb'(a)', lambda m: m.group(1) * 2, b'banana'), re.subn(rb'a', b'', b'banana'))
print(re.escape(b'1.5*2'), re.match(re.escape(b'a+b'), b'a+b'))
print(re.search(rb'\bfoo\b', b'a foo.'), re.search(rb'\x00', b'a\x00b').span())
print(re.findall(rb'[\s]+', b' \t\n\r\x0b\x0c\x1c'), re.findall(rb'\S+', b'a\xa0b'))
m = re.match(rb'(?P<first>a)(?P<second>b)?', b'ac')
print(m.lastgroup, m.lastindex, m.groups(b'-'), m.expand(rb'[\g<first>]'))
for call in (lambda: re.compile(rb'\u1234'), lambda: re.compile(rb'(?u)x'),
             lambda: re.compile(rb'(?a)x'), lambda: re.compile('(?L)x'),
             lambda: re.compile(rb'a', re.A | re.L), lambda: re.match(rb'a', 'a'),
             lambda: re.match('a', b'a'), lambda: re.sub(rb'a', 'x', b'a'),
             lambda: re.sub(rb'a', lambda m: 'x', b'a'), lambda: re.compile(rb'\N{DIGIT ONE}'),
             lambda: re.match(rb'a', 7), lambda: re.compile(rb'(?P<\xe9>x)')):
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
