# re.error: messages, positions, line/column numbers, and the other exceptions re raises
import re

bad = ['(', 'a)', '*', 'a**', 'a*+*', '\\q', '\\', '[a', '[b-a]', '(?<x', '(?x', '(?',
       '(?P<', '(?P<a', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=b)', '(?(1)a|b|c)', '(?(a)x)',
       '(?(0)x)', '(?<=a*)', '(?<=a|bc)', '\\1', '(a)\\2', '(a\\1)', '\\777', 'a{2,1}',
       '(?z)', 'a(?i)', '(?-i)', '(?i-i:a)', '(?L)', '(?a-u:x)', '(?#abc', '\\x1',
       '\\u12', '[\\d-z]', '(?i-:a)', '(?P>a)', '\\b*', '^*', '[]', 'a|*', '\\8', '[\\8]',
       '(?(2)a)(b)', '(?s)a(?m)', '\\N{NO SUCH NAME}', '(?P=', '(?<a>x)']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)

try:
    re.compile('a\nb\n(c')
except re.error as e:
    print(e, '|', e.lineno, e.colno)
try:
    re.compile(b'\\u1234')
except re.error as e:
    print(e, e.pattern)

for call in (lambda: re.compile('a{99999999999}'),
             lambda: re.compile('a', re.A | re.U),
             lambda: re.compile('a', re.L),
             lambda: re.compile(b'a', re.U),
             lambda: re.compile(5),
             lambda: re.compile(re.compile('a'), re.I),
             lambda: re.search('a', b'a'),
             lambda: re.search(b'a', 'a'),
             lambda: re.search('a', 5),
             lambda: re.sub('(a)', r'\2', 'a'),
             lambda: re.sub('(a)', r'\g<x>', 'a'),
             lambda: re.sub('(a)', r'\g<1', 'a'),
             lambda: re.sub('(a)', r'\q', 'a'),
             lambda: re.sub('(a)', '\\', 'a'),
             lambda: re.sub('a', b'x', 'a'),
             lambda: re.match('(a)', 'a').group(2)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

print(issubclass(re.error, Exception), re.error.__module__, re.error.__name__)
e = re.error('plain message')
print(e, e.msg, e.pattern, e.pos, e.lineno)
