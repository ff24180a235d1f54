# re.Scanner: a lexicon of phrases and actions (undocumented, but part of CPython's re)
import re
def s_ident(scanner, token): return ('ID', token)
def s_operator(scanner, token): return ('OP', token)
def s_float(scanner, token): return ('FLOAT', float(token))
def s_int(scanner, token): return ('INT', int(token))
scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", s_ident),
    (r"\d+\.\d*", s_float),
    (r"\d+", s_int),
    (r"=|\+|-|\*|/", s_operator),
    (r"\s+", None),
    (r"(x)(y)", lambda s, t: ('XY', s.match.groups())),
])
print(scanner.scan("sum = 3*foo + 312.50 + bar"))
print(scanner.scan("a = 1 ? b"))
print(scanner.scan("xy 2"))
print(re.Scanner([('a', 'A'), ('b', None)], re.I).scan('aBAc'))
print(re.Scanner([(r'(a)(b)', lambda s, t: s.match.groups()), (r'c', 'C')]).scan('abcab'))
print(re.Scanner([(r'a+', lambda s, t: len(t)), (r'', None)]).scan('aab'))
