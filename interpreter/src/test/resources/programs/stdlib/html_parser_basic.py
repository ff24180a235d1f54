# html.parser: the callbacks for a well-formed document, positions, get_starttag_text,
# attributes (quoted, bare, without value, with references), and convert_charrefs
from html.parser import HTMLParser

class Logger(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print('start', tag, attrs, self.getpos(), self.get_starttag_text())
    def handle_endtag(self, tag):
        print('end', tag, self.getpos())
    def handle_startendtag(self, tag, attrs):
        print('startend', tag, attrs, self.getpos())
    def handle_data(self, data):
        print('data', repr(data), self.getpos())
    def handle_comment(self, data):
        print('comment', repr(data))
    def handle_decl(self, decl):
        print('decl', repr(decl))
    def handle_pi(self, data):
        print('pi', repr(data))
    def handle_charref(self, name):
        print('charref', name)
    def handle_entityref(self, name):
        print('entityref', name)
    def unknown_decl(self, data):
        print('unknown_decl', repr(data))

DOC = '''<!DOCTYPE html>
<html lang="en">
<head><title>A &amp; B &#169; &copy</title>
<meta charset=utf-8>
<style>p > a { color: red; } /* </p> */</style>
</head>
<body CLASS='Main' data-x = "1 &lt; 2" hidden>
<!-- a comment -- with dashes -->
<?php echo 1; ?>
<p>Line one<br/>line <b>two</b>&nbsp;&#x41;&#65;</p>
<img src="a.png" alt="" />
<script type="text/javascript">if (a < b && c > d) { x = "</p>"; }</script>
<![CDATA[raw <data>]]>
</body>
</html>
'''
for convert in (True, False):
    print('--- convert_charrefs =', convert)
    parser = Logger(convert_charrefs=convert)
    parser.feed(DOC)
    parser.close()
    print('left', repr(parser.rawdata), parser.getpos(), parser.lasttag)

class Default(HTMLParser):
    pass

parser = Default()
parser.feed('<a href="x">y</a>')
parser.close()
print(parser.get_starttag_text(), parser.getpos(), HTMLParser.CDATA_CONTENT_ELEMENTS)
