# the Match object in detail: indexes, defaults, spans, lastindex/lastgroup, expand, copies
import copy
import re

m = re.match(r'(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?(T)?', '2024-05')
print(m.group(), m.group('year'), m.group(1, 'month', 0), m['month'], m[3])
print(m.groups(), m.groups(default='?'), m.groupdict(), m.groupdict(default=0))
print(m.start('day'), m.end(3), m.span('month'), m.span(4), m.regs)
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.re.pattern, m.string)
print(m.expand(r'\g<month>/\g<year>'), m.expand(r'\1\2'), repr(m.expand(r'\3|\g<day>|')))
print(m.group(True), m.start(False), m[True])
for bad in (5, -1, 'nope', None, 2.0, [1]):
    try:
        print(m.group(bad))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    m.expand(r'\g<nope>')
except IndexError as e:
    print('IndexError', e)
try:
    m.expand(r'\9')
except re.error as e:
    print('error', e)
print(copy.copy(m) is m, copy.deepcopy(m) is m, bool(m))
print(type(m), type(m).__name__, type(m).__module__, re.Match is type(m))
try:
    re.Match()
except TypeError as e:
    print('TypeError', e)
try:
    m.foo = 1
except AttributeError as e:
    print('AttributeError')
m2 = re.compile(r'(\w)(\w)?').match('a', 0)
print(m2.lastindex, m2.lastgroup, m2.span(2), m2.groups(), m2.group(2))
m3 = re.compile(r'b+').search('aabbbcc', 1, 4)
print(m3, m3.pos, m3.endpos, m3.span())
m4 = re.match(r'((a)(b))((c)(d))', 'abcd')
print(m4.lastindex, m4.regs, [m4.span(i) for i in range(7)])
m5 = re.match('(a)|(b)|(c)', 'c')
print(m5.lastindex, m5.groups(), m5.span(1), m5.start(3))
print(repr(re.match('.*', 'x' * 100)), repr(re.match(b'.*', b'y' * 80)))
print(repr(re.match('.*', "it's \"q\"\n")), repr(re.search('é+', 'aéé')))
print(re.search('b', 'abc').span(), re.search('$', 'abc').span(), re.search('^', 'abc').span())
