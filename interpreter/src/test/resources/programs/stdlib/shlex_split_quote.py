# shlex.split / quote / join: POSIX quoting rules and errors
import shlex

for line in ['ls -l "my file.txt" other',
             "echo 'single quoted' \"double $HOME\" plain",
             r'a\ b c\\d "e\"f" "g\\h" "i\j" \'k',
             'cmd --opt=1 # a comment here',
             'it"\'s"here\'"q"\'together',
             '  leading   and   trailing   ',
             '', 'a""b', "''", 'x "" y', 'tab\tsep\nnewline',
             'naïve café ü',
             '(paren) a|b a;b']:
    print(repr(line), shlex.split(line))
print(shlex.split('cmd --opt=1 # a comment here', comments=True))
print(shlex.split('a "b c" d\\ e', posix=False))
print(shlex.split("x 'it''s' y", posix=False))
for s in ['', 'simple', 'with space', "it's", 'a$b', 'ok@host:1,2/x.y-z+%=', '*.py', 'é', '\n']:
    print(repr(s), shlex.quote(s))
args = ['echo', 'hello world', "don't", '', '$PATH']
print(shlex.join(args))
print(shlex.split(shlex.join(args)) == args)
for bad in ['unterminated "quote', "also 'bad", 'ends with \\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError:', e)
