"""A tolerant HTML tokenizer with callbacks (Taipan's own html.parser).

HTMLParser splits the text it is fed into start tags, end tags, text, comments, declarations,
processing instructions and character references, and calls one handle_* method for each;
subclasses override those. Text can arrive in pieces: a construct cut off at the end of what
was fed so far waits in self.rawdata for the next feed() or for close().
"""

import re as _re
from html import unescape as _unescape

__all__ = ['HTMLParser']

# Pieces of the tag grammar.  A tag name runs to whitespace, '/', '>' or NUL; an attribute name
# starts after a quote, whitespace or '/', and runs to whitespace, '/', '=' or '>'; a value is
# quoted with ' or ", or bare up to whitespace or '>'.  Between attributes, whitespace and any
# '/' not starting '/>' are skipped.
_TAG_NAME = r"[a-zA-Z][^\t\n\r\f />\x00]*"
_ATTR_NAME = r"(?<=['\"\s/])[^\s/>][^\s/=>]*"
_ATTR_VALUE = r"'[^']*'|\"[^\"]*\"|(?![\'\"])[^>\s]*"
_SKIP = r"(?:\s|/(?!>))*"

_tag_open = _re.compile(r"<[a-zA-Z]")
_tag_name = _re.compile("(%s)%s" % (_TAG_NAME, _SKIP))
_attribute = _re.compile(r"(%s)(\s*=+\s*(%s))?%s" % (_ATTR_NAME, _ATTR_VALUE, _SKIP))
# how far a start tag reaches (everything up to, not including, its closing '>' or '/>')
_tag_extent = _re.compile(r"<%s(?:[\s/]*(?:%s(?:\s*=+\s*(?:%s)\s*)?%s)*)?\s*"
                          % (_TAG_NAME, _ATTR_NAME, _ATTR_VALUE, _SKIP))
_end_tag = _re.compile(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")
_char_ref = _re.compile(r"&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")
_entity_ref = _re.compile(r"&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]")
_partial_ref = _re.compile(r"&[a-zA-Z#]")
_markup_or_ref = _re.compile(r"[&<]")
_space_or_semicolon = _re.compile(r"[\s;]")
_comment_end = _re.compile(r"--\s*>")
_section_name = _re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")
_section_end = _re.compile(r"]\s*]\s*>")          # <![CDATA[ ... ]]>
_office_section_end = _re.compile(r"]\s*>")       # <![if ...]>, Microsoft Office's


class HTMLParser(object):
    """Finds tags and other markup in HTML text and calls a method for each (see handle_*).

    With convert_charrefs (the default) character references in text and attribute values
    are replaced by their characters and text is reported in whole runs; without it,
    handle_charref and handle_entityref are called for references in text.
    """

    # elements whose content is text up to their end tag
    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        """convert_charrefs: replace character references in text by their characters."""
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forgets any text not processed yet."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _markup_or_ref
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self._starttag_text = None

    def feed(self, data):
        """Processes more text: as much of it as forms complete constructs."""
        self.rawdata = self.rawdata + data
        self.goahead(False)

    def close(self):
        """Processes everything left, as if the end of the text was reached."""
        self.goahead(True)

    def getpos(self):
        """(line number, column) of the construct being reported."""
        return self.lineno, self.offset

    def get_starttag_text(self):
        """The source text of the last start tag."""
        return self._starttag_text

    def set_cdata_mode(self, elem):
        # inside <script> and <style> everything is text up to the matching end tag
        self.cdata_elem = elem.lower()
        self.interesting = _re.compile(r'</\s*%s\s*>' % self.cdata_elem, _re.I)

    def clear_cdata_mode(self):
        self.interesting = _markup_or_ref
        self.cdata_elem = None

    def updatepos(self, i, j):
        """Moves the reported position from rawdata[i] to rawdata[j]; returns j."""
        if i >= j:
            return j
        newlines = self.rawdata.count('\n', i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (self.rawdata.rindex('\n', i, j) + 1)
        else:
            self.offset += j - i
        return j

    # --- the main loop ---

    def _text(self, text):
        if self.convert_charrefs and not self.cdata_elem:
            text = _unescape(text)
        self.handle_data(text)

    def _next_markup(self, i, final):
        """Where the next construct starts at or after i (len(rawdata) if none), or -1 when
        the text from i on must wait for more input."""
        data = self.rawdata
        if self.convert_charrefs and not self.cdata_elem:
            j = data.find('<', i)
            if j >= 0:
                return j
            # a reference cut off at the end of this chunk must not be reported yet
            amp = data.rfind('&', max(i, len(data) - 34))
            if amp >= 0 and not _space_or_semicolon.search(data, amp):
                return -1
            return len(data)
        found = self.interesting.search(data, i)
        if found:
            return found.start()
        return -1 if self.cdata_elem else len(data)

    def goahead(self, final):
        data = self.rawdata
        n = len(data)
        i = 0
        while i < n:
            j = self._next_markup(i, final)
            if j < 0:
                break
            if i < j:
                self._text(data[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if data[i] == '<':
                k = self._markup(i)
                if k < 0:
                    if not final:
                        break
                    k = self._unfinished_markup_end(i)
                    self._text(data[i:k])
                i = self.updatepos(i, k)
            else:
                i, stop = self._reference(i, final)
                if stop:
                    break
        if final and i < n and not self.cdata_elem:
            self._text(data[i:n])
            i = self.updatepos(i, n)
        self.rawdata = data[i:]

    def _unfinished_markup_end(self, i):
        # at close(): markup that never finished is text up to its '>', or the next '<'
        data = self.rawdata
        end = data.find('>', i + 1)
        if end >= 0:
            return end + 1
        end = data.find('<', i + 1)
        return end if end >= 0 else i + 1

    def _markup(self, i):
        """Parses the construct at rawdata[i] == '<'; its end, or -1 if incomplete."""
        data = self.rawdata
        if _tag_open.match(data, i):
            return self.parse_starttag(i)
        if data.startswith('</', i):
            return self.parse_endtag(i)
        if data.startswith('<!--', i):
            return self.parse_comment(i)
        if data.startswith('<?', i):
            return self.parse_pi(i)
        if data.startswith('<!', i):
            return self.parse_html_declaration(i)
        if i + 1 < len(data):
            self.handle_data('<')
            return i + 1
        return -1

    def _reference(self, i, final):
        """Reports the reference at rawdata[i] == '&' (convert_charrefs off); returns the
        position after it and whether the main loop must stop there."""
        data = self.rawdata
        if data.startswith('&#', i):
            found = _char_ref.match(data, i)
            if found:
                self.handle_charref(found.group()[2:-1])
                return self._after_reference(i, found.end()), False
            if ';' in data[i:]:
                # a malformed numeric reference: its '&#' is text
                self.handle_data(data[i:i + 2])
                return self.updatepos(i, i + 2), True
            return i, True
        found = _entity_ref.match(data, i)
        if found:
            self.handle_entityref(found.group(1))
            return self._after_reference(i, found.end()), False
        if _partial_ref.match(data, i):
            # a name cut off by the end of the text so far
            if final and len(data) - i == 2:
                return self.updatepos(i, i + 1), True
            return i, True
        if i + 1 < len(data):
            self.handle_data('&')
            return self.updatepos(i, i + 1), False
        return i, True

    def _after_reference(self, i, end):
        # the character that ended the reference belongs to what follows unless it is ';'
        if self.rawdata[end - 1] != ';':
            end -= 1
        return self.updatepos(i, end)

    # --- the constructs ---

    def parse_starttag(self, i):
        self._starttag_text = None
        end = self.check_for_whole_start_tag(i)
        if end < 0:
            return end
        data = self.rawdata
        self._starttag_text = data[i:end]
        found = _tag_name.match(data, i + 1)
        tag = self.lasttag = found.group(1).lower()
        attrs = []
        k = found.end()
        while k < end:
            found = _attribute.match(data, k)
            if not found:
                break
            name, assignment, value = found.group(1, 2, 3)
            if not assignment:
                value = None
            elif value[:1] in ('\'', '"') and value[:1] == value[-1:]:
                value = value[1:-1]
            if value:
                value = _unescape(value)
            attrs.append((name.lower(), value))
            k = found.end()
        closing = data[k:end].strip()
        if closing not in ('>', '/>'):
            self.handle_data(data[i:end])
            return end
        if not closing.endswith('/>'):
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        else:
            self.handle_startendtag(tag, attrs)
        return end

    def check_for_whole_start_tag(self, i):
        """Where the start tag at i ends, or -1 when the text stops inside it."""
        data = self.rawdata
        j = _tag_extent.match(data, i).end()
        after = data[j:j + 1]
        if after == '>':
            return j + 1
        if after == '/':
            if data.startswith('/>', j):
                return j + 2
            return -1
        if after in ('', '=') or (after.isascii() and after.isalpha()):
            return -1
        return j if j > i else i + 1

    def parse_endtag(self, i):
        data = self.rawdata
        gt = data.find('>', i + 1)
        if gt < 0:
            return -1
        gt += 1
        found = _end_tag.match(data, i)
        if not found:
            if self.cdata_elem is not None:
                self.handle_data(data[i:gt])
                return gt
            named = _tag_name.match(data, i + 2)
            if not named:
                if data.startswith('</>', i):
                    return i + 3
                return self.parse_bogus_comment(i)
            # anything between the name and the '>' is ignored
            self.handle_endtag(named.group(1).lower())
            return data.find('>', named.end()) + 1
        tag = found.group(1).lower()
        if self.cdata_elem is not None:
            if tag != self.cdata_elem:
                self.handle_data(data[i:gt])
                return gt
        self.handle_endtag(tag)
        self.clear_cdata_mode()
        return gt

    def parse_comment(self, i, report=1):
        data = self.rawdata
        found = _comment_end.search(data, i + 4)
        if not found:
            return -1
        if report:
            self.handle_comment(data[i + 4:found.start()])
        return found.end()

    def parse_bogus_comment(self, i, report=1):
        # '<!' or '</' not starting anything known: a comment up to the next '>'
        data = self.rawdata
        gt = data.find('>', i + 2)
        if gt < 0:
            return -1
        if report:
            self.handle_comment(data[i + 2:gt])
        return gt + 1

    def parse_pi(self, i):
        data = self.rawdata
        gt = data.find('>', i + 2)
        if gt < 0:
            return -1
        self.handle_pi(data[i + 2:gt])
        return gt + 1

    def parse_html_declaration(self, i):
        data = self.rawdata
        if data.startswith('<!--', i):
            return self.parse_comment(i)
        if data.startswith('<![', i):
            return self.parse_marked_section(i)
        if data[i:i + 9].lower() == '<!doctype':
            gt = data.find('>', i + 9)
            if gt < 0:
                return -1
            self.handle_decl(data[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_marked_section(self, i, report=1):
        data = self.rawdata
        start = i + 3
        if start == len(data):
            return -1
        found = _section_name.match(data, start)
        if not found:
            self.updatepos(i, start)
            raise AssertionError("expected name token at %r" % data[i:i + 20])
        if found.end() == len(data):
            return -1
        keyword = found.group().strip().lower()
        if keyword in ('temp', 'cdata', 'ignore', 'include', 'rcdata'):
            closing = _section_end.search(data, start)
        elif keyword in ('if', 'else', 'endif'):
            closing = _office_section_end.search(data, start)
        else:
            raise AssertionError('unknown status keyword %r in marked section'
                                 % data[start:found.end()])
        if not closing:
            return -1
        if report:
            self.unknown_decl(data[start:closing.start()])
        return closing.end()

    # --- the callbacks, to be overridden (they do nothing here) ---

    def handle_data(self, data):
        """Text between markup."""

    def handle_starttag(self, tag, attrs):
        """<tag name=value ...>: tag lower-cased, attrs a list of (name, value or None)."""

    def handle_endtag(self, tag):
        """</tag>, tag lower-cased."""

    def handle_startendtag(self, tag, attrs):
        """An empty-element tag (<br/>): by default a start tag then an end tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_comment(self, data):
        """<!--data--> (also the text of a bogus comment such as <!x>)."""

    def handle_decl(self, decl):
        """<!DOCTYPE ...>: decl is the text between '<!' and '>'."""

    def handle_pi(self, data):
        """<?data>: a processing instruction."""

    def unknown_decl(self, data):
        """<![CDATA[...]]> and other marked sections: the text after '<!['."""

    def handle_charref(self, name):
        """&#name; in text when convert_charrefs is off: name is '65' or 'x41'."""

    def handle_entityref(self, name):
        """&name; in text when convert_charrefs is off."""
