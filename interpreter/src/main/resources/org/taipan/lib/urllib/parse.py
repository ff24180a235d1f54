"""Splitting, joining and quoting URLs (Taipan's own implementation of
CPython 3.11's urllib.parse; bytes URLs are decoded as ASCII and the results
encoded back)."""

from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file',
                 'https', 'shttp', 'mms', 'prospero', 'rtsp', 'rtsps', 'rtspu',
                 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais',
               'file', 'mms', 'https', 'shttp', 'snews', 'prospero', 'rtsp',
               'rtsps', 'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp', 'nfs',
               'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp',
               'rtsp', 'rtsps', 'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais',
                    'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher',
              'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais',
                 'https', 'shttp', 'snews', 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# Leading C0 controls and spaces are dropped, and tabs/newlines removed
# anywhere, as the WHATWG URL standard says.
_C0_OR_SPACE = ''.join(chr(i) for i in range(0x21))
_REMOVED = ['\t', '\r', '\n']


# -- str/bytes coercion --------------------------------------------------------

def _decode_args(args):
    return tuple(x.decode('ascii', 'strict') if x else '' for x in args)


def _coerce(*args):
    """(str args, function turning a str result back into the input kind)."""
    is_str = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != is_str:
            raise TypeError("Cannot mix str and non-str arguments")
    if is_str:
        return args + (lambda x: x,)
    return _decode_args(args) + (lambda x: x.encode('ascii', 'strict'),)


class _ResultMixinStr:
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*(x.encode(encoding, errors) for x in self))


class _ResultMixinBytes:
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*(x.decode(encoding, errors) for x in self))


class _NetlocMixin:
    """username/password/hostname/port, parsed from netloc."""
    __slots__ = ()

    username = property(lambda self: self._userinfo[0])
    password = property(lambda self: self._userinfo[1])

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        # Only the part before a '%' zone id is case-insensitive.
        zone_mark = '%' if isinstance(host, str) else b'%'
        name, mark, zone = host.partition(zone_mark)
        return name.lower() + mark + zone

    @property
    def port(self):
        text = self._hostinfo[1]
        if text is None:
            return None
        if not (text.isascii() and text.isdigit()):
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        number = int(text)
        if number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number

    @property
    def _userinfo(self):
        at, colon = ('@', ':') if isinstance(self.netloc, str) else (b'@', b':')
        userinfo, has_info, _ = self.netloc.rpartition(at)
        if not has_info:
            return None, None
        username, has_password, password = userinfo.partition(colon)
        return username, (password if has_password else None)

    @property
    def _hostinfo(self):
        if isinstance(self.netloc, str):
            at, open_br, close_br, colon = '@', '[', ']', ':'
        else:
            at, open_br, close_br, colon = b'@', b'[', b']', b':'
        _, _, hostinfo = self.netloc.rpartition(at)
        _, has_bracket, bracketed = hostinfo.partition(open_br)
        if has_bracket:
            hostname, _, port = bracketed.partition(close_br)
            _, _, port = port.partition(colon)
        else:
            hostname, _, port = hostinfo.partition(colon)
        return hostname, (port or None)


_DefragBase = namedtuple('DefragResult', 'url fragment')
_SplitBase = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseBase = namedtuple('ParseResult', 'scheme netloc path params query fragment')


class DefragResult(_DefragBase, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


class SplitResult(_SplitBase, _NetlocMixin, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseBase, _NetlocMixin, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragBase, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return self.url + b'#' + self.fragment if self.fragment else self.url


class SplitResultBytes(_SplitBase, _NetlocMixin, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseBase, _NetlocMixin, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _s, _b in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
               (ParseResult, ParseResultBytes)):
    _s._encoded_counterpart = _b
    _b._decoded_counterpart = _s
del _s, _b


# -- splitting and joining -----------------------------------------------------

def _split_netloc(url, start=0):
    end = len(url)
    for c in '/?#':
        found = url.find(c, start)
        if found >= 0:
            end = min(end, found)
    return url[start:end], url[end:]


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into (scheme, netloc, path, query, fragment)."""
    url, scheme, back = _coerce(url, scheme)
    url = url.lstrip(_C0_OR_SPACE)
    scheme = scheme.strip(_C0_OR_SPACE)
    for ch in _REMOVED:
        url = url.replace(ch, '')
        scheme = scheme.replace(ch, '')
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        if all(c in scheme_chars for c in url[:colon]):
            scheme, url = url[:colon].lower(), url[colon + 1:]
    if url[:2] == '//':
        netloc, url = _split_netloc(url, 2)
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    result = SplitResult(scheme, netloc, url, query, fragment)
    return result if back('') == '' else result.encode()


def _split_params(url):
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into (scheme, netloc, path, params, query, fragment)."""
    url, scheme, back = _coerce(url, scheme)
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    if scheme in uses_params and ';' in url:
        url, params = _split_params(url)
    else:
        params = ''
    result = ParseResult(scheme, netloc, url, params, query, fragment)
    return result if back('') == '' else result.encode()


def urlunsplit(components):
    scheme, netloc, url, query, fragment, back = _coerce(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return back(url)


def urlunparse(components):
    scheme, netloc, url, params, query, fragment, back = _coerce(*components)
    if params:
        url = "%s;%s" % (url, params)
    return back(urlunsplit((scheme, netloc, url, query, fragment)))


def urljoin(base, url, allow_fragments=True):
    """Resolve url against base (RFC 3986 style, as CPython 3.11 does)."""
    if not base:
        return url
    if not url:
        return base
    base, url, back = _coerce(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return back(url)
    def rebuilt(*parts):
        return back(urlunparse((scheme,) + parts + (fragment,)))

    if scheme in uses_netloc and netloc:
        return rebuilt(netloc, path, params, query)
    if scheme in uses_netloc:
        netloc = bnetloc
    if not (path or params):
        # Nothing but a query and/or fragment: keep the base path (and query if none given).
        return rebuilt(netloc, bpath, bparams, query or bquery)
    base_parts = bpath.split('/')
    if base_parts[-1]:
        base_parts.pop()   # the last segment is a file name, not a directory
    if path[:1] == '/':
        segments = path.split('/')
    else:
        segments = base_parts + path.split('/')
        segments[1:-1] = filter(None, segments[1:-1])
    resolved = []
    for seg in segments:
        if seg == '..':
            if resolved:
                resolved.pop()
        elif seg != '.':
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        resolved.append('')
    return back(urlunparse((scheme, netloc, '/'.join(resolved) or '/', params,
                            query, fragment)))


def urldefrag(url):
    """Split off the fragment: (url without fragment, fragment)."""
    url, back = _coerce(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    result = DefragResult(defrag, frag)
    return result if back('') == '' else result.encode()


# -- quoting -------------------------------------------------------------------

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789_.-~')
_HEX = '0123456789ABCDEFabcdef'


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode string, leaving letters, digits, '_.-~' and safe as is."""
    if not isinstance(string, str):
        for option, given in (('encoding', encoding), ('errors', errors)):
            if given is not None:
                raise TypeError("quote() doesn't support '%s' for bytes" % option)
        return quote_from_bytes(string, safe)
    if string == '':
        return string
    return quote_from_bytes(string.encode(encoding or 'utf-8', errors or 'strict'), safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote, but spaces become '+' (HTML form encoding)."""
    blank = ' ' if isinstance(string, str) else b' '
    if isinstance(string, (str, bytes)) and blank not in string:
        return quote(string, safe, encoding, errors)
    safe = safe + (' ' if isinstance(safe, str) else b' ')
    return quote(string, safe, encoding, errors).replace(' ', '+')


def quote_from_bytes(bs, safe='/'):
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes(c for c in safe if c < 128)
    keep = _ALWAYS_SAFE | frozenset(safe)
    return ''.join(chr(b) if b in keep else '%%%02X' % b for b in bs)


def unquote_to_bytes(string):
    """Decode %XX escapes into bytes."""
    if not string:
        string.split
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = string.split(b'%')
    if len(pieces) == 1:
        return string
    out = bytearray(pieces[0])
    for piece in pieces[1:]:
        code = piece[:2]
        if len(code) == 2 and all(c in b'0123456789ABCDEFabcdef' for c in code):
            out.append(int(code, 16))
            out += piece[2:]
        else:
            out += b'%' + piece
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """Decode %XX escapes; runs of escapes are decoded together as encoding."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    out = []
    pending = bytearray()
    i = 0
    n = len(string)
    while i < n:
        ch = string[i]
        code = string[i + 1:i + 3]
        if ch == '%' and len(code) == 2 and code[0] in _HEX and code[1] in _HEX:
            pending.append(int(code, 16))
            i += 3
            continue
        if pending:
            out.append(pending.decode(encoding, errors))
            pending = bytearray()
        out.append(ch)
        i += 1
    if pending:
        out.append(pending.decode(encoding, errors))
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote, but '+' becomes a space first."""
    return unquote(string.replace('+', ' '), encoding, errors)


# -- query strings -------------------------------------------------------------

def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Encode a mapping or a sequence of pairs as a query string."""
    if not hasattr(query, "items"):
        try:
            looks_paired = not len(query) or isinstance(query[0], tuple)
        except TypeError as err:
            raise TypeError("not a valid non-string sequence or mapping object") from err
        if not looks_paired:
            try:
                raise TypeError
            except TypeError as err:
                raise TypeError("not a valid non-string sequence "
                                "or mapping object") from err
    else:
        query = query.items()

    def one(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x), safe, encoding, errors)

    parts = []
    for k, v in query:
        k = one(k)
        if not doseq or isinstance(v, (str, bytes)):
            parts.append(k + '=' + one(v))
            continue
        try:
            len(v)
        except TypeError:
            parts.append(k + '=' + one(v))
        else:
            for element in v:
                parts.append(k + '=' + one(element))
    return '&'.join(parts)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a list of (name, value) pairs."""
    qs, back = _coerce(qs)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if isinstance(separator, bytes):
        separator = separator.decode('ascii')
    if max_num_fields is not None:
        fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < fields:
            raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        name_value = field.split('=', 1)
        if len(name_value) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if keep_blank_values:
                name_value.append('')
            else:
                continue
        if len(name_value[1]) or keep_blank_values:
            name = unquote(name_value[0].replace('+', ' '), encoding=encoding, errors=errors)
            value = unquote(name_value[1].replace('+', ' '), encoding=encoding, errors=errors)
            pairs.append((back(name), back(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a dict of name -> list of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding,
                                 errors, max_num_fields=max_num_fields,
                                 separator=separator):
        result.setdefault(name, []).append(value)
    return result
