# html: escape, unescape (named references with and without ';', numeric references and the
# HTML5 replacements for invalid code points) and the html.entities tables
import html
from html import entities

print(html.escape('<a href="x">\'&</a>'), html.escape('"\'<>&', quote=False), html.escape(''))
for text in ['&amp; &lt; &gt; &quot; &apos; &nbsp;|', '&amp &lt &gt &copy &reg &COPY',
             '&notit; &notin; &ampx &AMP; &Eacuteric &copy2', '&zzz; &; & &&amp; &#; &#x; &#xZ',
             '&#65;&#x42;&#X43;&#0068 &#x45x', '&#0; &#13; &#128; &#129; &#150; &#159; &#x9d;',
             '&#xD800; &#x10FFFF; &#x110000; &#99999999999999999999;',
             '&#1;[&#11;][&#127;][&#xFDD0;][&#xFFFE;][&#x1FFFF;][&#9;][&#10;][&#12;]',
             '&acE; &NotEqualTilde; &fjlig; &ThickSpace; &bne;', 'no references at all',
             '&lang; &rang; &langle; &LeftAngleBracket;', '&' + 'a' * 40 + ';']:
    print(ascii(html.unescape(text)))
print(len(entities.html5), len(entities.name2codepoint), len(entities.codepoint2name), len(entities.entitydefs))
print(list(entities.html5)[:12])
print(list(entities.html5)[-5:])
print(sorted(name for name in entities.html5 if not name.endswith(';'))[:20])
print(sum(1 for name in entities.html5 if not name.endswith(';')))
for name in ['amp;', 'amp', 'nbsp;', 'NotEqualTilde;', 'fjlig;', 'lang;', 'rang;', 'Tab;', 'NewLine;', 'zwj;']:
    print(name, ascii(entities.html5[name]))
print(list(entities.name2codepoint.items())[:6], entities.name2codepoint['lang'], entities.name2codepoint['euro'])
print(list(entities.codepoint2name.items())[:4], entities.codepoint2name[8364], entities.codepoint2name[9001])
print(ascii(entities.entitydefs['amp']), ascii(entities.entitydefs['nbsp']), ascii(entities.entitydefs['hearts']))
multi = sorted((name, [hex(ord(c)) for c in text]) for name, text in entities.html5.items() if len(text) > 1)
print(len(multi), multi[:5])
print(html.__all__, entities.__all__)
