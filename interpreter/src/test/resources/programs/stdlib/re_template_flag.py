# the deprecated TEMPLATE flag and re.template(): repeats are refused, the rest compiles
import re
import warnings

for p in ['a*', 'a', '(a|b)c', 'a{2}', 'a+?', '[ab]*+', '(?>a)', '(?:x|(y?))', '(?=a*)b']:
    try:
        print(repr(p), re.compile(p, re.T))
    except re.error as e:
        print(repr(p), 'error:', e, e.pos)
print(re.compile('ab', re.TEMPLATE).match('abc'), re.T, re.TEMPLATE.value)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    t = re.template('a|b')
    print(t, t.flags & re.T, t.search('xb'))
    try:
        re.template('a+')
    except re.error as e:
        print('error:', e)
print([(w.category.__name__, str(w.message)) for w in caught])
