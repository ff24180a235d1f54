# fnmatch.fnmatch and fnmatchcase: which names each pattern matches.
import fnmatch

patterns = ['*.py', 'a*b*c', '*a*', '**', 'a?b', '[abc]', '[!abc]', '[a-z]*', '[]]', '[!]]', '[', '[a',
            'a[-]', '[z-a]', '[a-c-e]', '[\\]', 'x*y*z*', '*x*y', '[^a]', '[a&&b]', 'a.b+c', '', '***a',
            '[!]', '[]-a]', '[a-]', '*?*', '?*?', 'é*', '[a-cx-z]', '[!a-c]*', '[z-ab-d]', '[!-]', '\\*']
names = ['a.py', 'abc', 'axbyc', 'a', 'b', ']', '!', '-', '[', '[a', 'z', 'xyz', 'x', '', 'aab', 'a.b+c',
         '^', '&', 'é', 'éx', 'c', 'd', 'A.PY', '\\', 'a\nb', '\\*', '*', 'a.pyc', 'dir/a.py']
for p in patterns:
    print(repr(p), [n for n in names if fnmatch.fnmatchcase(n, p)])
print(fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatch('a.py', '*.PY'), fnmatch.fnmatchcase('A.py', '*.py'))
print(fnmatch.fnmatch('dir/a.py', '*.py'), fnmatch.fnmatch('dir/a.py', 'dir/*'), fnmatch.fnmatch('.hidden', '*'))
long_name = 'a' * 200 + 'b'
print(fnmatch.fnmatch(long_name, '*a*a*a*a*c'), fnmatch.fnmatch(long_name, '*a*a*a*a*b'), fnmatch.fnmatch('x' * 50, '*x' * 10))
