# subclassing TextWrapper and the module's names
import textwrap


class Numbered(textwrap.TextWrapper):
    def wrap(self, text):
        lines = super().wrap(text)
        return ['%d: %s' % (i + 1, line) for i, line in enumerate(lines)]


w = Numbered(width=18)
print(w.wrap('the rain in spain falls mainly on the plain'))
print(w.fill('short'))
print(sorted(textwrap.__all__))
tw = textwrap.TextWrapper()
print(tw.width, tw.expand_tabs, tw.tabsize, tw.replace_whitespace, tw.drop_whitespace,
      tw.fix_sentence_endings, tw.break_long_words, tw.break_on_hyphens, tw.max_lines,
      repr(tw.placeholder), repr(tw.initial_indent))
