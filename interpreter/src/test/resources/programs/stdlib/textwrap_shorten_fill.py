# shorten and fill on long and short texts
import textwrap

para = ('Python is an easy to learn, powerful programming language. It has efficient '
        'high-level data structures and a simple but effective approach to object-oriented '
        'programming.')
for width in (10, 25, 40, 80, 200):
    print(width, repr(textwrap.shorten(para, width)))
print(textwrap.shorten('Hello  world!', width=12))
print(textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten('Hello world', width=10, placeholder='...'))
try:
    textwrap.shorten('Hello world', width=5, placeholder='[...more...]')
except ValueError as e:
    print('ValueError:', e)
print(textwrap.fill(para, width=30))
print(textwrap.fill(para, width=50, initial_indent='    '))
print(repr(textwrap.fill('', 10)), repr(textwrap.fill('   ', 10)))
