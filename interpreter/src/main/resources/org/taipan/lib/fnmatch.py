"""Shell-style filename matching: fnmatch, fnmatchcase, filter and translate (Taipan's own).

Patterns: * matches everything, ? any single character, [seq] a character in seq, [!seq] one
not in seq. Matching is done here without regular expressions (a small backtracking matcher
over the parsed pattern); translate() produces the regular expression text CPython's does.
"""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

# Parsed pattern items: _STAR, _ANY, a one-character str (a literal), or a _Set.
_STAR = object()
_ANY = object()


class _Set:
    """A bracket expression: single characters and (low, high) ranges, possibly negated."""

    __slots__ = ('negated', 'chars', 'ranges')

    def __init__(self, negated, chars, ranges):
        self.negated = negated
        self.chars = chars
        self.ranges = ranges

    def matches(self, c):
        found = c in self.chars or any(lo <= c <= hi for lo, hi in self.ranges)
        return found != self.negated


def _bracket_end(pat, i):
    """The index of the ']' closing a bracket whose '[' is at i - 1, or -1."""
    n = len(pat)
    j = i
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    return pat.find(']', j)


def _bracket_chunks(body):
    """Splits a bracket body (after any '!') at its range hyphens, then drops empty ranges.

    The first character never starts a range separator; after a range 'a-c' the next hyphen
    can start another only one character later. A range whose ends are reversed disappears
    (with the hyphen joining its neighbours), as CPython's translate does.
    """
    chunks = []
    start = 0
    k = 1
    while True:
        k = body.find('-', k)
        if k < 0:
            break
        chunks.append(body[start:k])
        start = k + 1
        k += 3
    last = body[start:]
    if last:
        chunks.append(last)
    else:
        chunks[-1] += '-'
    k = len(chunks) - 1
    while k > 0:
        if chunks[k - 1][-1] > chunks[k][0]:
            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
            del chunks[k]
        k -= 1
    return chunks


def _parse(pat):
    """The pattern as a list of items, and the regular-expression pieces for translate()."""
    items = []
    pieces = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
                items.append(_STAR)
        elif c == '?':
            pieces.append('.')
            items.append(_ANY)
        elif c == '[':
            j = _bracket_end(pat, i)
            if j < 0:
                pieces.append('\\[')
                items.append('[')
                continue
            negated = pat[i] == '!'
            body = pat[i + 1 if negated else i:j]
            i = j + 1
            if '-' in body:
                chunks = _bracket_chunks(body)
                text = '-'.join(ch.replace('\\', '\\\\').replace('-', '\\-') for ch in chunks)
                chars, ranges = _set_members(chunks)
            else:
                text = body.replace('\\', '\\\\')
                chars, ranges = set(body), []
            for special in '&~|':
                text = text.replace(special, '\\' + special)
            if negated:
                text = '!' + text
            if not text:
                pieces.append('(?!)')
                items.append(_Set(False, set(), []))
            elif text == '!':
                pieces.append('.')
                items.append(_ANY)
            else:
                if text[0] == '!':
                    text = '^' + text[1:]
                elif text[0] in '^[':
                    text = '\\' + text
                pieces.append('[' + text + ']')
                items.append(_Set(negated, chars, ranges))
        else:
            pieces.append(_escape(c))
            items.append(c)
    return items, pieces


def _set_members(chunks):
    """The characters and ranges of a bracket body split into range chunks."""
    chars = set()
    ranges = []
    for index, chunk in enumerate(chunks):
        inner = chunk
        if index > 0:
            ranges.append((chunks[index - 1][-1], chunk[0]))
            inner = inner[1:]
        if index < len(chunks) - 1:
            inner = inner[:-1]
        chars.update(inner)
    return chars, ranges


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escape(c):
    return '\\' + c if c in _SPECIAL else c


def translate(pat):
    """Translate a shell pattern to a regular expression (the text CPython 3.11 produces)."""
    items, pieces = _parse(pat)
    out = []
    i = 0
    n = len(pieces)
    while i < n and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1  # the star
        group = []
        while i < n and pieces[i] is not _STAR:
            group.append(pieces[i])
            i += 1
        text = ''.join(group)
        if i == n:
            out.append('.*')
            out.append(text)
        else:
            out.append('(?>.*?' + text + ')')
    return '(?s:%s)\\Z' % ''.join(out)


_cache = {}


def _compile(pat):
    items = _cache.get(pat)
    if items is None:
        if isinstance(pat, bytes):
            items = _parse(str(pat, 'ISO-8859-1'))[0]
        else:
            items = _parse(pat)[0]
        if len(_cache) >= 32768:
            _cache.clear()
        _cache[pat] = items
    return items


def _match(items, name):
    """Whether name matches the parsed pattern (backtracking to the last star)."""
    n = len(name)
    m = len(items)
    i = 0
    p = 0
    star_p = -1
    star_i = 0
    while i < n:
        if p < m:
            item = items[p]
            if item is _STAR:
                star_p = p
                star_i = i
                p += 1
                continue
            c = name[i]
            if item is _ANY or (item == c if type(item) is str else item.matches(c)):
                i += 1
                p += 1
                continue
        if star_p < 0:
            return False
        star_i += 1
        i = star_i
        p = star_p + 1
    while p < m and items[p] is _STAR:
        p += 1
    return p == m


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    items = _compile(pat)
    if isinstance(name, bytes):
        if not isinstance(pat, bytes):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        name = str(name, 'ISO-8859-1')
    elif isinstance(pat, bytes):
        raise TypeError('cannot use a bytes pattern on a string-like object')
    return _match(items, name)


def fnmatch(name, pat):
    """Whether name matches pat, after os.path.normcase of both."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The names of the iterable that match pat."""
    result = []
    pat = os.path.normcase(pat)
    items = _compile(pat)
    for name in names:
        if fnmatchcase(os.path.normcase(name), pat):
            result.append(name)
    return result
