# dedent and indent with mixed whitespace
import textwrap

cases = [
    '    one\n    two\n',
    '  one\n    two\n  three',
    '\tone\n\ttwo',
    '\tone\n    two',
    '    one\n\n    two\n   \n',
    'no indent\n  some',
    '  \n  x\n',
    '',
    '        \n',
]
for c in cases:
    print(repr(textwrap.dedent(c)))
print(repr(textwrap.indent('a\nb\n\nc', '  ')))
print(repr(textwrap.indent('a\r\nb\r\n', '# ')))
print(repr(textwrap.indent('  \nx\n', '>', lambda line: True)))
print(repr(textwrap.indent('one\ntwo\nthree', '* ', lambda line: 't' in line)))
