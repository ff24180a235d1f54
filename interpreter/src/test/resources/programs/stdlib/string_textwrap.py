# string (constants, capwords, Template, Formatter) and textwrap (wrap, fill, shorten, dedent, indent).
import string
import textwrap

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords('hello   big  world'), string.capwords('a-b c-d', '-'))
t = string.Template('$who likes ${what}; $$5 $who')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}, what='c'))
print(string.Template('$a $b $').safe_substitute(a=1), t.get_identifiers(), t.is_valid())
for bad in ['$who', 'x $1', '${x']:
    try:
        print(string.Template(bad).substitute({}))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
f = string.Formatter()
print(f.format('{0}-{1!r}-{name:>5}|{0:{w}}|', 'a', 'b', name='n', w=3), f.format('{} {}', 1, 2))
print(list(f.parse('a{0}b{x!r:>3}c{{d}}')), f.format('{p.real} {l[1]}', p=3, l=[7, 8]))
text = ('The quick brown fox jumps over the lazy dog, and then the well-known '
        'dog-friendly fox runs away into the forest.')
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10), textwrap.wrap('', 5))
print(textwrap.wrap('long-hyphenated-compound-word here', 12), textwrap.wrap('a\tb\nc', 4))
print(textwrap.shorten(text, 40), textwrap.shorten('short', 10), textwrap.shorten(text, 40, placeholder='...'))
print(textwrap.wrap(text, 25, max_lines=2), textwrap.wrap('abc def', 10, break_long_words=False))
print(repr(textwrap.dedent('    a\n      b\n\n    c\n')), repr(textwrap.dedent('\ta\n  b')))
print(repr(textwrap.indent('x\n\ny\n', '> ')), repr(textwrap.indent('x\n\ny', '+', lambda l: True)))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print('ValueError:', e)
