"""The HTML character entity tables (Taipan's own; the data is in entities.txt).

html5 maps every WHATWG named character reference ('amp;', and the legacy 'amp' without a
semicolon) to its text; name2codepoint, codepoint2name and entitydefs are the HTML 4.01 names.
"""

__all__ = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']


def _read_table():
    import posix
    here = __file__.rpartition('/')[0]
    text = posix._read_source(here + '/entities.txt')
    if text is None:
        raise ImportError('the HTML entity table entities.txt is missing')
    return text


def _build():
    references = {}
    html4 = {}
    in_html4 = False
    for line in _read_table().splitlines():
        if not line or line.startswith('#'):
            continue
        if line == '%html4':
            in_html4 = True
            continue
        if in_html4:
            for word in line.split():
                name, _, code = word.partition('=')
                html4[name] = int(code, 16) if code else None
            continue
        codes, *names = line.split()
        value = ''.join(chr(int(code, 16)) for code in codes.split('+'))
        for name in names:
            references[name] = value
    # CPython's order: by lower-cased name, capitals first
    table = {name: references[name] for name in sorted(references, key=lambda n: (n.lower(), n))}
    names = {}
    for name in sorted(html4):
        code = html4[name]
        names[name] = code if code is not None else ord(references[name + ';'])
    return table, names


html5, name2codepoint = _build()
codepoint2name = {code: name for name, code in name2codepoint.items()}
entitydefs = {name: chr(code) for name, code in name2codepoint.items()}
del _build, _read_table
