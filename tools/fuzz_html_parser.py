#!/usr/bin/env python3
"""Compares Taipan's html.parser with CPython's on random HTML fragments (run by hand).

Loads lib/html/parser.py into the running CPython under another name, feeds both parsers the
same random text in the same random pieces (convert_charrefs on and off), and prints the first
fragments whose callbacks, positions or leftover text differ.

Usage: python3 tools/fuzz_html_parser.py [seed] [trials]
"""
import importlib.util
import os
import random
import sys
import html.parser

HERE = os.path.dirname(os.path.abspath(__file__))
OURS = os.path.join(HERE, os.pardir, "interpreter", "src", "main", "resources", "org", "taipan",
                    "lib", "html", "parser.py")

PIECES = ['<', '>', '/', '</', '<!--', '-->', '--', '<!', '<?', '?>', '<![CDATA[', ']]>',
          '<!DOCTYPE html>', '&', '&#', '&#x', '&amp;', '&amp', '&lt', '&#65;', '&#x41', ';', 'a',
          'b', 'div', 'script', 'style', ' ', '\n', '=', '"', "'", 'x=1', 'href="a&amp;b"',
          "c='d'", '<a', '<br/>', '<p class=x>', '</p>', '</a >', '<script>', '</script>',
          '<style>', '</STYLE>', '\u00e9', '\t', '<![if x]>', '<!x>', '</ x>', '<1', 'A']


def recorder(base):
    class Recorder(base):
        def __init__(self, **kw):
            self.log = []
            super().__init__(**kw)

        def handle_starttag(self, tag, attrs):
            self.log.append(('start', tag, attrs, self.getpos(), self.get_starttag_text()))

        def handle_endtag(self, tag):
            self.log.append(('end', tag, self.getpos()))

        def handle_startendtag(self, tag, attrs):
            self.log.append(('startend', tag, attrs, self.getpos()))

        def handle_data(self, data):
            self.log.append(('data', data, self.getpos()))

        def handle_comment(self, data):
            self.log.append(('comment', data))

        def handle_decl(self, decl):
            self.log.append(('decl', decl))

        def handle_pi(self, data):
            self.log.append(('pi', data))

        def handle_charref(self, name):
            self.log.append(('charref', name))

        def handle_entityref(self, name):
            self.log.append(('entityref', name))

        def unknown_decl(self, data):
            self.log.append(('unknown', data))
    return Recorder


def run(cls, chunks, convert):
    parser = cls(convert_charrefs=convert)
    try:
        for chunk in chunks:
            parser.feed(chunk)
        parser.close()
        return parser.log, parser.rawdata
    except Exception as e:
        return 'error', type(e).__name__, str(e), parser.log


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    trials = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    spec = importlib.util.spec_from_file_location("taipan_html_parser", OURS)
    ours = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ours)
    theirs_cls, ours_cls = recorder(html.parser.HTMLParser), recorder(ours.HTMLParser)
    rng = random.Random(seed)
    differences = 0
    for _ in range(trials):
        text = ''.join(rng.choice(PIECES) for _ in range(rng.randint(1, 14)))
        cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.randint(0, 3))))
        chunks = [text[a:b] for a, b in zip([0] + cuts, cuts + [len(text)])]
        for convert in (True, False):
            expected, got = run(theirs_cls, chunks, convert), run(ours_cls, chunks, convert)
            if expected != got:
                differences += 1
                if differences <= 3:
                    print(repr(chunks), 'convert_charrefs=%s' % convert)
                    print('  CPython:', expected)
                    print('  Taipan: ', got)
    print('%d differing runs of %d' % (differences, 2 * trials))
    return 1 if differences else 0


if __name__ == '__main__':
    sys.exit(main())
