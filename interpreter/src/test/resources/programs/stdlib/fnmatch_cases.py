# fnmatch on realistic file lists: extensions, prefixes, character classes, star backtracking.
import fnmatch

files = ['report_2023.csv', 'report_2024.csv', 'report_final.csv', 'image01.png', 'image10.png', 'image1.PNG',
         'notes.txt', 'notes.txt.bak', '.gitignore', 'archive.tar.gz', 'a', 'ab', 'abc', 'Makefile', 'make.py']
patterns = ['report_20[0-9][0-9].csv', 'report_*.csv', 'image[0-9][0-9].png', 'image?.*', '*.txt', '*.txt*',
            '.*', '*.*.*', '?', '??', '???*', '[Mm]ake*', '*e', '*a*b*', '*[!a-z]*', 'notes.*', '*.gz',
            '*tar*gz', '*_*_*']
for pattern in patterns:
    print(pattern, fnmatch.filter(files, pattern))
for name, pattern in [('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab', '*a*a*a*a*a*a*a*a*c'), ('mississippi', '*ss*ss*'),
                      ('mississippi', 'm*i?s*p*i'), ('abcabcabc', '*abc'), ('abcabcab', '*abc'), ('', '*'),
                      ('', '?'), ('x', ''), ('star*', 'star[*]'), ('q?', 'q[?]')]:
    print(repr(name), repr(pattern), fnmatch.fnmatch(name, pattern))
