"""HTML text: escaping special characters and resolving character references (Taipan's own)."""

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """s with &, < and > (and both quotes unless quote is false) made safe for HTML."""
    s = s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;').replace("'", '&#x27;')
    return s


# Numeric references to C1 controls mean the Windows-1252 characters (HTML5's rule); the
# five bytes that Windows-1252 leaves undefined stay themselves.
_WINDOWS_1252_HIGH = ('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039'
                      '\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014'
                      '\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178')


def _numeric_reference(number):
    if number == 0 or 0xd800 <= number <= 0xdfff or number > 0x10ffff:
        return '\ufffd'
    if number == 0x0d:
        return '\r'
    if 0x80 <= number <= 0x9f:
        return _WINDOWS_1252_HIGH[number - 0x80]
    # other controls and the noncharacters are dropped
    if (number < 0x20 and number not in (0x09, 0x0a, 0x0c)) or number == 0x7f:
        return ''
    if 0xfdd0 <= number <= 0xfdef or (number & 0xfffe) == 0xfffe:
        return ''
    return chr(number)


def _named_reference(name, html5):
    if name in html5:
        return html5[name]
    # the longest known prefix (legacy names need no ';'), the rest kept as text
    for end in range(len(name) - 1, 1, -1):
        if name[:end] in html5:
            return html5[name[:end]] + name[end:]
    return '&' + name


def _reference_text(match):
    body = match.group(1)
    if body[0] != '#':
        from html.entities import html5
        return _named_reference(body, html5)
    digits = body[1:].rstrip(';')
    if digits[:1] in ('x', 'X'):
        number = int(digits[1:], 16)
    else:
        number = int(digits)
    return _numeric_reference(number)


_reference = None


def unescape(s):
    """s with every named and numeric character reference (&gt;, &#62;, &#x3e;) replaced by
    the character it stands for, by the HTML5 rules."""
    global _reference
    if '&' not in s:
        return s
    if _reference is None:
        import re
        _reference = re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')
    return _reference.sub(_reference_text, s)
