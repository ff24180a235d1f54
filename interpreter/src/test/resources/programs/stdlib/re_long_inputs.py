# long subjects: the engine must not overflow the stack, and bounded backtracking terminates
import re

s = 'ab' * 50000
m = re.match('(a|b)*', s)
print(m.end(), m.group(1), m.span(1))
print(re.match('(?:a|b)*c', s + 'c').end(), re.match('(?:ab)+', s).end())
print(re.fullmatch('(ab)*', s) is not None, re.fullmatch('(ab)*?', s).span(1))
print(len(re.findall('a', s)), len(re.split('b', s)), re.subn('ab', 'x', s)[1])
print(re.search('(a|b)*?$', s).span(), re.match('.*', 'x' * 200000).end())
print(re.match(r'((a)|(b))*', 'ab' * 20000).groups())
big = 'x' * 100000 + 'y'
print(re.search('x*y', big).span(), re.search('x+?y', big).span(), re.search('(x)*y', big).span(1))
print(re.search('y', big).span(), re.search('xy', big).span(), re.search('[y]', big).span())
# bounded exponential-ish backtracking: a few thousand steps, as in CPython
print(re.match('(a*)*b', 'a' * 18), re.match('(a|aa)+c', 'a' * 22))
print(re.match('(?:a+)+b', 'a' * 16), re.match(r'(\w+\s?)+$', 'ab ' * 5 + '!'))
print(re.match('(?>a*)*b', 'a' * 5000), re.match('(?:a*+)*b', 'a' * 5000))
nested = '(' * 50 + 'a' + ')' * 50
print(re.match(nested, 'a').lastindex, re.match(nested, 'a').span(50))
print(len(re.findall(r'\d+', ' 12' * 30000)), re.sub(r'\s+', ' ', 'a  \n\t b' * 10000).count(' '))
print(re.match(r'(?:(?=(\w))\1)*', 'abc' * 10000).end())
print(re.match('a{1000}', 'a' * 1000).end(), re.match('(?:ab){500,}', 'ab' * 600).end())
