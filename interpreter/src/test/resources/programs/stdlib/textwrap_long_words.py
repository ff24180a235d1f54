# splitting long words, hyphens and unicode
import textwrap

print(textwrap.wrap('a' * 25, 10))
print(textwrap.wrap('x ' + 'b' * 12 + ' y', 5))
print(textwrap.wrap('well-intentioned, re-evaluated, twenty-one-year-old', 9))
print(textwrap.wrap('--option --another-option -x', 8))
print(textwrap.wrap('naïve café résumé übermäßig', 8))
print(textwrap.wrap('αβγδεζηθικλμν ξοπ', 5))
print(textwrap.wrap('one\ntwo\nthree four', 9))
print(textwrap.wrap('   leading and trailing   ', 10))
print(textwrap.wrap('em—dash and en–dash', 7))
print(textwrap.wrap('a b c d e f g h', 3))
print(textwrap.wrap('http://example.com/very/long/path/name.html', 12))
