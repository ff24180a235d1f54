# a tokenizer built on a big alternation of named groups (a classic use of lastgroup)
import re

TOKENS = [
    ('NUMBER', r'\d+(?:\.\d*)?(?:[eE][+-]?\d+)?'),
    ('STRING', r'"(?:[^"\\]|\\.)*"'),
    ('ASSIGN', r':='),
    ('END', r';'),
    ('ID', r'[A-Za-z_]\w*'),
    ('OP', r'[+\-*/()<>=!]=?'),
    ('NEWLINE', r'\n'),
    ('SKIP', r'[ \t]+'),
    ('COMMENT', r'\#[^\n]*'),
    ('MISMATCH', r'.'),
]
MASTER = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKENS))
KEYWORDS = {'IF', 'THEN', 'ENDIF', 'FOR', 'NEXT', 'GOSUB', 'RETURN'}


def tokenize(code):
    line = 1
    line_start = 0
    for m in MASTER.finditer(code):
        kind = m.lastgroup
        value = m.group()
        column = m.start() - line_start
        if kind == 'NUMBER':
            value = float(value) if ('.' in value or 'e' in value.lower()) else int(value)
        elif kind == 'ID' and value in KEYWORDS:
            kind = value
        elif kind == 'NEWLINE':
            line_start = m.end()
            line += 1
            continue
        elif kind in ('SKIP', 'COMMENT'):
            continue
        yield kind, value, line, column


program = '''IF quantity THEN
    total := total + price * quantity;   # running sum
    tax := price * 0.05e1;
    name := "a \\"quoted\\" word";
ENDIF;
x != 3 @
'''
for token in tokenize(program):
    print(token)

print(MASTER.groups, sorted(MASTER.groupindex)[:4], MASTER.groupindex['ID'])
m = MASTER.match('abc')
print(m.lastgroup, m.lastindex, m.span('ID'), m.group('NUMBER'))
words = re.compile(r"[A-Za-z']+")
text = "It's a truth universally acknowledged, that a single man in possession..." * 3
counts = {}
for w in words.findall(text.lower()):
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items())[:6], len(counts))
