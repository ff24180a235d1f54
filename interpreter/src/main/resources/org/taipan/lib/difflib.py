"""Comparing sequences (Taipan's own implementation of CPython 3.11's difflib:
SequenceMatcher, Differ/ndiff, unified_diff, context_diff, get_close_matches,
restore). HtmlDiff and diff_bytes are not provided yet."""

import re
from heapq import nlargest
from collections import namedtuple
from types import GenericAlias

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'Match']

Match = namedtuple('Match', 'a b size')


def _ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    """Finds the longest contiguous matching blocks between two sequences
    (Ratcliff/Obershelp style), ignoring 'junk' elements of b."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is not self.a:
            self.a = a
            self._forget_results()

    def set_seq2(self, b):
        if b is not self.b:
            self.b = b
            self._forget_results()
            self.fullbcount = None
            self._index_b()

    def _forget_results(self):
        # Cached answers are stale once either sequence changes.
        self.matching_blocks = None
        self.opcodes = None

    def _index_b(self):
        # Where each element of b occurs; junk and (for long b) very
        # common elements are left out of the index.
        b = self.b
        self.b2j = b2j = {}
        for i, elt in enumerate(b):
            b2j.setdefault(elt, []).append(i)
        junk = set()
        if self.isjunk:
            for elt in b2j.keys():
                if self.isjunk(elt):
                    junk.add(elt)
            for elt in junk:
                del b2j[elt]
        popular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            threshold = n // 100 + 1
            for elt, positions in b2j.items():
                if len(positions) > threshold:
                    popular.add(elt)
            for elt in popular:
                del b2j[elt]
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        a, b, b2j = self.a, self.b, self.b2j
        is_junk = self.bjunk.__contains__
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        besti, bestj, bestsize = alo, blo, 0
        # run_ending_at[j] = length of the match of a[..i] and b[..j].
        run_ending_at = {}
        for i in range(alo, ahi):
            runs = {}
            for j in b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = runs[j] = run_ending_at.get(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            run_ending_at = runs
        # Extend with equal non-junk elements, then with equal junk.
        while (besti > alo and bestj > blo and not is_junk(b[bestj - 1]) and
               a[besti - 1] == b[bestj - 1]):
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while (besti + bestsize < ahi and bestj + bestsize < bhi and
               not is_junk(b[bestj + bestsize]) and
               a[besti + bestsize] == b[bestj + bestsize]):
            bestsize += 1
        while (besti > alo and bestj > blo and is_junk(b[bestj - 1]) and
               a[besti - 1] == b[bestj - 1]):
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while (besti + bestsize < ahi and bestj + bestsize < bhi and
               is_junk(b[bestj + bestsize]) and
               a[besti + bestsize] == b[bestj + bestsize]):
            bestsize += 1
        return Match(besti, bestj, bestsize)

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        pending = [(0, la, 0, lb)]
        blocks = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, k = found = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                blocks.append(found)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    pending.append((i + k, ahi, j + k, bhi))
        blocks.sort()
        merged = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in blocks:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((la, lb, 0))
        self.matching_blocks = list(map(Match._make, merged))
        return self.matching_blocks

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        self.opcodes = codes = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                codes.append(('replace', i, ai, j, bj))
            elif i < ai:
                codes.append(('delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        return codes

    def get_grouped_opcodes(self, n=3):
        codes = self.get_opcodes()
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        codes = list(codes)
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            # A long equal stretch closes the current hunk and opens the next.
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        matches = sum(block[-1] for block in self.get_matching_blocks())
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        if self.fullbcount is None:
            self.fullbcount = counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
        counts = self.fullbcount
        available = {}
        matches = 0
        for elt in self.a:
            left = available[elt] if elt in available else counts.get(elt, 0)
            available[elt] = left - 1
            if left > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best (at most n) possibilities whose similarity to word is >= cutoff."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        if (s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff and
                s.ratio() >= cutoff):
            scored.append((s.ratio(), x))
    return [x for score, x in nlargest(n, scored)]


def _keep_original_ws(s, tags):
    return ''.join(c if tag == " " and c.isspace() else tag for c, tag in zip(s, tags))


class Differ:
    """Produces human-readable line deltas ('- ', '+ ', '  ', '? ' lines)."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        cruncher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in cruncher.get_opcodes():
            if tag == 'replace':
                lines = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                lines = self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                lines = self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                lines = self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))
            yield from lines

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Find the most similar pair of lines across the two blocks (ratio
        # at least 0.75); show that pair with intraline marks and treat the
        # regions before and after it recursively.
        pick = self._closest_pair(a, alo, ahi, b, blo, bhi)
        if pick is None:
            yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
            return
        i, j, identical = pick
        yield from self._fancy_helper(a, alo, i, b, blo, j)
        if identical:
            yield '  ' + a[i]
        else:
            yield from self._marked_pair(a[i], b[j])
        yield from self._fancy_helper(a, i + 1, ahi, b, j + 1, bhi)

    def _closest_pair(self, a, alo, ahi, b, blo, bhi):
        # (i, j, identical) of the best match, or None when nothing is close.
        score = 0.74
        found = None
        first_same = None
        sm = SequenceMatcher(self.charjunk)
        for j in range(blo, bhi):
            sm.set_seq2(b[j])
            for i in range(alo, ahi):
                if a[i] == b[j]:
                    if first_same is None:
                        first_same = (i, j, True)
                    continue
                sm.set_seq1(a[i])
                if (sm.real_quick_ratio() <= score
                        or sm.quick_ratio() <= score):
                    continue
                r = sm.ratio()
                if r > score:
                    score, found = r, (i, j, False)
        if score >= 0.75:
            return found
        return first_same

    _MARKS = {'replace': ('^', '^'), 'delete': ('-', ''),
              'insert': ('', '+'), 'equal': (' ', ' ')}

    def _marked_pair(self, aline, bline):
        sm = SequenceMatcher(self.charjunk, aline, bline)
        under_a = []
        under_b = []
        for op, a1, a2, b1, b2 in sm.get_opcodes():
            try:
                ma, mb = self._MARKS[op]
            except KeyError:
                raise ValueError('unknown tag %r' % (op,)) from None
            under_a.append(ma * (a2 - a1))
            under_b.append(mb * (b2 - b1))
        yield from self._qformat(aline, bline, ''.join(under_a),
                                 ''.join(under_b))

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo >= ahi:
            if blo < bhi:
                yield from self._dump('+', b, blo, bhi)
        elif blo >= bhi:
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        yield "- " + aline
        marks = _keep_original_ws(aline, atags).rstrip()
        if marks:
            yield "? " + marks + "\n"
        yield "+ " + bline
        marks = _keep_original_ws(bline, btags).rstrip()
        if marks:
            yield "? " + marks + "\n"


def IS_LINE_JUNK(line, pat=re.compile(r"\s*(?:#\s*)?$").match):
    """True for blank lines and lines holding only '#'."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or a tab."""
    return ch in ws


def _unified_range(start, stop):
    first = start + 1
    length = stop - start
    if length == 1:
        return '{}'.format(first)
    if not length:
        first -= 1
    return '{},{}'.format(first, length)


def _context_range(start, stop):
    first = start + 1
    length = stop - start
    if not length:
        first -= 1
    if length <= 1:
        return '{}'.format(first)
    return '{},{}'.format(first, first + length - 1)


def _check_types(a, b, *args):
    if a and not isinstance(a[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)'
                        % (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)'
                        % (type(b[0]).__name__, b[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='',
                 n=3, lineterm='\n'):
    """Yield the lines of a unified diff of a and b."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fromdate = '\t{}'.format(fromfiledate) if fromfiledate else ''
            todate = '\t{}'.format(tofiledate) if tofiledate else ''
            yield '--- {}{}{}'.format(fromfile, fromdate, lineterm)
            yield '+++ {}{}{}'.format(tofile, todate, lineterm)
        first, last = group[0], group[-1]
        yield '@@ -{} +{} @@{}'.format(_unified_range(first[1], last[2]),
                                       _unified_range(first[3], last[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag in ('replace', 'delete'):
                for line in a[i1:i2]:
                    yield '-' + line
            if tag in ('replace', 'insert'):
                for line in b[j1:j2]:
                    yield '+' + line


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='',
                 n=3, lineterm='\n'):
    """Yield the lines of a context diff of a and b."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    prefix = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fromdate = '\t{}'.format(fromfiledate) if fromfiledate else ''
            todate = '\t{}'.format(tofiledate) if tofiledate else ''
            yield '*** {}{}{}'.format(fromfile, fromdate, lineterm)
            yield '--- {}{}{}'.format(tofile, todate, lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** {} ****{}'.format(_context_range(first[1], last[2]), lineterm)
        if any(tag in ('replace', 'delete') for tag, _, _, _, _ in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield prefix[tag] + line
        yield '--- {} ----{}'.format(_context_range(first[3], last[4]), lineterm)
        if any(tag in ('replace', 'insert') for tag, _, _, _, _ in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield prefix[tag] + line


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """A Differ-style delta of two lists of lines."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Recover sequence 1 or 2 from an ndiff/compare delta."""
    try:
        tag = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    keep = ("  ", tag)
    for line in delta:
        if line[:2] in keep:
            yield line[2:]
