# the Pattern object: attributes, equality, hashing, copies, the compile cache, purge
import copy
import re

p = re.compile(r'(?P<word>\w+)\s+(?P=word)', re.I)
print(p, p.pattern, p.flags, p.groups, dict(p.groupindex))
print(p == re.compile(r'(?P<word>\w+)\s+(?P=word)', re.I), p == re.compile(r'(?P<word>\w+)'))
print(hash(p) == hash(re.compile(r'(?P<word>\w+)\s+(?P=word)', re.IGNORECASE)))
print(re.compile('a') == re.compile(b'a'), re.compile('a') != re.compile('a', re.M))
print(copy.copy(p) is p, copy.deepcopy(p) is p, re.compile(p) is p)
print(re.compile('x+') is re.compile('x+'), re.compile('x+') is re.compile('x+', re.M))
re.purge()
q = re.compile('x+')
print(q == re.compile('x+'), q.search('axxb'))
print(type(p).__name__, type(p).__module__, isinstance(p, re.Pattern))
print(p.search('Hello hello world'), p.findall('a A b B b'), p.sub('<dup>', 'the The end'))
print(p.split('x x y'), p.subn('', 'aa AA aa'), list(p.finditer('z z q q')))
print(p.match('x x', 0, 2), p.fullmatch('x x'), p.fullmatch('x xy'), p.scanner('a a').search())
print(re.compile('', 0), re.compile('(?x) a  b  '), re.compile(r'\d', re.A | re.M))
print(re.compile('\n'), re.compile('\\n'), re.compile("'"), re.compile('"\''))
print(re.compile(r'a|b').groupindex, len(re.compile('(a)(b)(c)(d)(e)').groupindex))
print(re.compile('(?P<a>x)(?P<b>y)').groupindex == {'a': 1, 'b': 2})
try:
    re.compile('a').pattern = 'b'
except AttributeError:
    print('pattern is read-only')
try:
    re.Pattern('a')
except TypeError as e:
    print('TypeError', e)
print(hasattr(re, 'template'), re.__all__[:6])
print(sorted(n for n in dir(re) if not n.startswith('_'))[:12])
print(re.RegexFlag.IGNORECASE is re.I, re.I in re.RegexFlag, re.NOFLAG == 0)
print(re.Pattern[str], re.Match[bytes])
