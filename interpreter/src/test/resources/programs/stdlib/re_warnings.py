# FutureWarning for set syntax that may change meaning, reported at the caller's line
import re
import warnings
warnings.simplefilter('always')
for p in ['[[a]', '[^[a]', '[a[b]', '[a&&b]', '[a~~b]', '[a||b]', '[--a]', '[a-]', '[[:alpha:]]', '[&&]', 'a[[]', '[a-b--c]', '[]--]', '[a-&&]', '[\\\\--b]']:
    try:
        re.compile(p)
    except re.error as e:
        print(p, e)
re.match('[[x]', '[')
with warnings.catch_warnings(record=True) as w:
    re.search('[a||b]', 'a')
    print([str(x.message) for x in w], [x.category.__name__ for x in w])
