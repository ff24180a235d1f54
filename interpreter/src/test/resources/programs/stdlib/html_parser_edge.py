# html.parser: text fed in pieces, constructs cut off at the end, close(), and malformed
# markup handled the way CPython's tolerant parser does
from html.parser import HTMLParser

class Collector(HTMLParser):
    def reset(self):
        super().reset()
        self.events = []
    def handle_starttag(self, tag, attrs): self.events.append(('start', tag, attrs))
    def handle_endtag(self, tag): self.events.append(('end', tag))
    def handle_startendtag(self, tag, attrs): self.events.append(('startend', tag, attrs))
    def handle_data(self, data): self.events.append(('data', data))
    def handle_comment(self, data): self.events.append(('comment', data))
    def handle_decl(self, decl): self.events.append(('decl', decl))
    def handle_pi(self, data): self.events.append(('pi', data))
    def handle_charref(self, name): self.events.append(('charref', name))
    def handle_entityref(self, name): self.events.append(('entityref', name))
    def unknown_decl(self, data): self.events.append(('unknown_decl', data))

def run(chunks, convert=True, close=True):
    parser = Collector(convert_charrefs=convert)
    for chunk in chunks:
        parser.feed(chunk)
        print('  after', repr(chunk), parser.events, repr(parser.rawdata))
        parser.events = []
    if close:
        parser.close()
        print('  close', parser.events, repr(parser.rawdata))

cases = [['<a hr', 'ef="x', '">text</a>'], ['x &am', 'p; y'], ['<!-', '- c -', '->'], ['<script>a <', '/script> b', '</script>'],
         ['<script>abc'], ['<a href=x'], ['x &am'], ['<!-- abc'], ['<?pi'], ['</'], ['<'], ['a<', 'b>'], ['&#', '65;'],
         ['</>x'], ['</ a>'], ['</a b="c">'], ['<!x>'], ['<!>'], ['<![if !IE]>x<![endif]>'], ['<1a>'], ['< a>'], ['a < b > c'],
         ['<a b=">"c>'], ['<a/b>'], ['<a / >'], ['<br/ >'], ["<a b='c' d=e f>"], ['<A HREF="X">'], ['<a b==c>'],
         ['<style>x</STYLE >y'], ['<script>x</scripty></script>'], ['&lt;&gt;&#60;&#x3e;&bogus;&amp'], ['&#xZ; &#;'],
         ['<p>&notin; &notit;</p>'], ['<!DOCTYPE html PUBLIC "x">'], ['<!doctype html>']]
for chunks in cases:
    for convert in (True, False):
        print(chunks, convert)
        run(chunks, convert)
print('unclosed, no close():')
run(['<div>text <b>bold'], close=False)
parser = Collector()
parser.feed('<p>one')
parser.reset()
parser.feed('<q>two</q>')
parser.close()
print(parser.events)
