# TextWrapper options one by one
import textwrap

text = "Hello there,\tthis is a sample\ttext with tabs.  And two spaces. Right? Yes!  Done."
for opts in [dict(width=20), dict(width=20, expand_tabs=False), dict(width=20, tabsize=4),
             dict(width=20, replace_whitespace=False), dict(width=20, fix_sentence_endings=True),
             dict(width=20, drop_whitespace=False), dict(width=15, initial_indent='-> ', subsequent_indent='   ')]:
    w = textwrap.TextWrapper(**opts)
    print(sorted(opts.items()), w.wrap(text))
w = textwrap.TextWrapper(width=10, break_on_hyphens=False)
print(w.wrap('self-explanatory well-known terms'))
w.break_on_hyphens = True
print(w.wrap('self-explanatory well-known terms'))
print(textwrap.TextWrapper(width=6, break_long_words=False).wrap('abcdefghij klm'))
print(textwrap.TextWrapper(width=12, max_lines=2, placeholder=' [more]').wrap(text))
try:
    textwrap.TextWrapper(width=5, max_lines=1, placeholder=' [much longer]').wrap(text)
except ValueError as e:
    print('ValueError:', e)
