# match / search / fullmatch and the Match object's basic accessors
import re

m = re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')
print(m)
print(m.group(0), '|', m.group(1), '|', m.group(2), '|', m.group(1, 2))
print(m[0], m[1], m[2])
print(m.groups(), m.span(), m.span(2), m.start(1), m.end(2))
print(m.string, m.pos, m.endpos, m.re)

print(re.match('b', 'abc'), re.search('b', 'abc'))
print(re.fullmatch('a|ab', 'ab'), re.fullmatch('a', 'ab'))
print(re.search('(?P<first>\\w+) (?P<last>\\w+)', 'Jane Doe').groupdict())

p = re.compile(r'\d+')
print(p.search('abc 123 def 45', 5))
print(p.search('abc 123 def 45', 5, 13))
print(p.match('abc 123', 4), p.match('abc 123', 3))
print(p.fullmatch('x123y', 1, 4), p.fullmatch('x123y', 1, 3))
print(p.search('123', 10), p.search('123', -5), p.search('123', 2, 1))
print(re.compile('^a').search('ba', 1), re.compile('(?m)^a').search('b\na', 1))
print(re.compile('a$').search('ab', 0, 1))

print(type(m).__name__, isinstance(m, re.Match), isinstance(p, re.Pattern))
print(re.Pattern, re.Match)
print(p.pattern, p.flags, p.groups, dict(p.groupindex))
q = re.compile('(?P<a>x)(y)(?P<b>z)')
print(q.groups, sorted(q.groupindex.items()))
try:
    q.groupindex['c'] = 3
except TypeError as e:
    print('TypeError', e)

m = re.search('(a)(b)?(c)', 'xac')
print(m.groups(), m.groups('-'), m.span(2), m.start(2), m.group(2))
print(m.lastindex, repr(m.lastgroup), m.regs)
for bad in (4, -1, 'nope', 1.5):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)

print(repr(re.search('x' * 60, 'x' * 60)))
print(repr(re.search('a\n', 'a\n')))
print(bool(re.match('', '')), re.match('', ''))
print(re.search(r'\bfoo\b', 'a foo b'), re.search(r'\Bo', 'foo'))
