# shlex.shlex: the lexer object, non-POSIX mode, punctuation_chars, pushback
import shlex

lex = shlex.shlex('a = b + "c d" # comment\nnext_line x.y')
print(list(lex), lex.lineno)
lex = shlex.shlex('a = b + "c d" # comment\nnext x', posix=True)
print(list(lex))
lex = shlex.shlex('a && b || c; (d > out.txt) 2>&1', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('ls ~/dir/*.py -la|grep x>y', posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex), lex.punctuation_chars)
lex = shlex.shlex('one two three', posix=True)
first = lex.get_token()
lex.push_token('pushed')
print(first, lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex('x y')
print(repr(lex.get_token()), repr(lex.get_token()), repr(lex.get_token()), repr(lex.eof))
lex = shlex.shlex('k1=v1, k2=v2', posix=True)
lex.wordchars += '='
lex.whitespace += ','
print(list(lex))
lex = shlex.shlex("path/to:file 'q' \"dq\"")
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('abc def', infile='conf.txt')
print(lex.error_leader(), lex.error_leader('other', 7))
print(lex.commenters, repr(lex.whitespace), lex.quotes, lex.escape, lex.escapedquotes)
print(sorted(set(shlex.shlex(posix=True).wordchars) - set(shlex.shlex().wordchars))[:5])
