"""Small pieces shared by the unittest modules: safe reprs, the shortening of long reprs in
assertion messages, class names as the runner prints them, and element-count comparison."""

from collections import Counter, namedtuple

__unittest = True

# Limits for the reprs quoted in "a != b" messages: a repr longer than _WIDTH is cut,
# keeping the start of the part both values share and the start of where they differ.
_WIDTH = 80
_ELISION_COST = 12      # what a "[N chars]" marker is assumed to take
_KEEP_HEAD = 5          # characters kept before a marker
_KEEP_TAIL = 5          # characters kept after a marker
_KEEP_SHARED = 5        # characters of the shared part kept next to the difference
# room for the differing part when the shared part is elided too (two markers then)
_DIFF_ROOM = _WIDTH - (_KEEP_HEAD + _KEEP_SHARED + _KEEP_TAIL + 2 * _ELISION_COST)

_TRUNCATE_AT = 80


def safe_repr(obj, short=False):
    """repr(obj), falling back to object.__repr__ when the object's own repr fails; with
    short=True anything of _TRUNCATE_AT characters or more is cut and marked."""
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _TRUNCATE_AT:
        text = text[:_TRUNCATE_AT] + ' [truncated]...'
    return text


def strclass(cls):
    """'module.QualName', the way test ids and descriptions name a class."""
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _shared_start(texts):
    first = min(texts)
    last = max(texts)
    n = 0
    limit = min(len(first), len(last))
    while n < limit and first[n] == last[n]:
        n += 1
    return first[:n]


def _elide(text, front, back):
    """text with its middle replaced by '[N chars]' when that saves enough."""
    dropped = len(text) - front - back
    if dropped <= _ELISION_COST:
        return text
    return '%s[%d chars]%s' % (text[:front], dropped, text[len(text) - back:])


def common_shorten_repr(*values):
    """The reprs of values, shortened together so that where they differ stays visible."""
    reprs = tuple(safe_repr(v) for v in values)
    longest = max(len(r) for r in reprs)
    if longest <= _WIDTH:
        return reprs
    shared = _shared_start(reprs)
    cut = len(shared)
    room = _WIDTH - (longest - cut + _KEEP_HEAD + _ELISION_COST)
    if room > _KEEP_SHARED:
        head = _elide(shared, _KEEP_HEAD, room)
        return tuple(head + r[cut:] for r in reprs)
    head = _elide(shared, _KEEP_HEAD, _KEEP_SHARED)
    return tuple(head + _elide(r[cut:], _DIFF_ROOM, _KEEP_TAIL) for r in reprs)


def three_way_cmp(x, y):
    """-1, 0 or 1, like the cmp() of old: the default order of test method names."""
    return (x > y) - (x < y)


Mismatch = namedtuple('Mismatch', 'actual expected value')


def _count_diff_hashable(actual, expected):
    """Mismatches between element counts of two sequences of hashable items."""
    have = Counter(actual)
    want = Counter(expected)
    found = []
    for item, count in have.items():
        other = want.get(item, 0)
        if count != other:
            found.append(Mismatch(count, other, item))
    for item, count in want.items():
        if item not in have:
            found.append(Mismatch(0, count, item))
    return found


def _take_equal(items, start, value, taken):
    """How many of items[start:] equal value; those are replaced by the marker taken."""
    count = 0
    for j in range(start, len(items)):
        if items[j] is not taken and items[j] == value:
            count += 1
            items[j] = taken
    return count


def _count_diff_all_purpose(actual, expected):
    """The same as _count_diff_hashable for items that may not be hashable: compares by ==,
    marking the items already counted."""
    taken = object()
    left = list(actual)
    right = list(expected)
    found = []
    for i, item in enumerate(left):
        if item is taken:
            continue
        in_left = _take_equal(left, i, item, taken)
        in_right = _take_equal(right, 0, item, taken)
        if in_left != in_right:
            found.append(Mismatch(in_left, in_right, item))
    for i, item in enumerate(right):
        if item is not taken:
            found.append(Mismatch(0, _take_equal(right, i, item, taken), item))
    return found


def sorted_list_difference(expected, actual):
    """(items only in expected, items only in actual) of two sorted lists, each without
    repeats."""
    missing = []
    unexpected = []
    i = j = 0
    while i < len(expected) and j < len(actual):
        a, b = expected[i], actual[j]
        if a < b:
            missing.append(a)
            while i < len(expected) and expected[i] == a:
                i += 1
        elif a > b:
            unexpected.append(b)
            while j < len(actual) and actual[j] == b:
                j += 1
        else:
            while i < len(expected) and expected[i] == a:
                i += 1
            while j < len(actual) and actual[j] == b:
                j += 1
    for item in expected[i:]:
        if not missing or missing[-1] != item:
            missing.append(item)
    for item in actual[j:]:
        if not unexpected or unexpected[-1] != item:
            unexpected.append(item)
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """(items of expected not in actual, items of actual not in expected), by ==; consumes
    expected."""
    missing = []
    while expected:
        item = expected.pop()
        if item in actual:
            actual.remove(item)
        else:
            missing.append(item)
    return missing, actual
