# textwrap: hyphen and dash splitting rules, sentence endings, max_lines truncation,
# dedent of mixed tabs/spaces, indent predicates, option errors
import textwrap
text = 'The quick brown fox. Jumped over "the lazy dog." Then it ran! Fast? yes.  Mr. Smith\tsaid: well-known e-mail x--y non-stop.'
for w in (10, 18, 25):
    print(textwrap.wrap(text, w, fix_sentence_endings=True))
print(textwrap.wrap(text, 12, max_lines=3, placeholder='...'))
print(textwrap.wrap(text, 12, max_lines=2, initial_indent='> ', subsequent_indent='. '))
print(textwrap.wrap('aaaaaaaaaaaaaaaaaaaa-bbbbbbbbbbbbbbb ccc', 8), textwrap.wrap('aaaaaaaaaaaa', 5, break_long_words=False))
print(textwrap.wrap('a  b   c', 3, drop_whitespace=False), textwrap.wrap('  lead  ', 4))
print(textwrap.shorten('Hello   world   again and again', 15), textwrap.shorten('x' * 20, 10, placeholder='..'))
for bad in ({'width': 0}, {'width': 5, 'max_lines': 1, 'placeholder': ' [......]'}):
    try: textwrap.wrap('abc def', **bad)
    except ValueError as e: print(e)
print(repr(textwrap.dedent('    a\n\t  b\n    c\n')), repr(textwrap.dedent('  a\n    b\n  \n   c')), repr(textwrap.dedent('\t x\n\t y')))
print(repr(textwrap.dedent('  x\n \ty')), repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.indent('a\n\n  b\n', '> ')), repr(textwrap.indent('a\nb', '+', lambda l: 'b' in l)))
w = textwrap.TextWrapper(width=15, tabsize=4)
print(list(vars(w)), w.fill('a\tb\tc\td tab\ttest words'))
print(textwrap.fill('end."  next', 30, fix_sentence_endings=True), textwrap.fill("ok.' next. Z. a", 30, fix_sentence_endings=True))
