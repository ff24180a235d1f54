"""Heap queues: priority queues kept in lists (Taipan's own implementation).

The heap operations are the Java module _heapq; this file adds merge() and the n-smallest /
n-largest selections, which compare items in the same order CPython does, so results,
stability among equal items and errors from incomparable items are the same.
"""

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heappop_max, _heapify_max, _heapreplace_max)

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted iterator; equal items keep the inputs' order."""
    if reverse:
        make_heap, pop_top, replace_top, step = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop_top, replace_top, step = heapify, heappop, heapreplace, 1
    # each entry: [sort value, input rank, (item,) next-function]; the rank breaks ties, so
    # the items themselves are never compared with each other by the heap
    entries = []
    for rank, iterable in enumerate(iterables):
        nxt = iter(iterable).__next__
        try:
            item = nxt()
        except StopIteration:
            continue
        if key is None:
            entries.append([item, rank * step, nxt])
        else:
            entries.append([key(item), rank * step, item, nxt])
    make_heap(entries)
    while len(entries) > 1:
        try:
            while True:
                entry = entries[0]
                if key is None:
                    item, _, nxt = entry
                    yield item
                    entry[0] = nxt()
                else:
                    _, _, item, nxt = entry
                    yield item
                    item = nxt()
                    entry[0] = key(item)
                    entry[2] = item
                replace_top(entries, entry)
        except StopIteration:
            pop_top(entries)
    if entries:
        entry = entries[0]
        if key is None:
            yield entry[0]
            yield from entry[2].__self__
        else:
            yield entry[2]
            yield from entry[3].__self__


def _select(n, iterable, key, largest):
    """The n smallest (or largest) items, sorted, comparing like CPython's selection."""
    if n == 1:
        missing = object()
        pick = max if largest else min
        found = pick(iter(iterable), default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    it = iter(iterable)
    # decorate with a rank so that equal keys never compare the items, and keep a heap of
    # the n best so far whose root is the worst of them
    if largest:
        ranks = range(0, -n, -1)
        make_heap, replace_top = heapify, heapreplace
    else:
        ranks = range(n)
        make_heap, replace_top = _heapify_max, _heapreplace_max
    if key is None:
        best = [(item, rank) for rank, item in zip(ranks, it)]
    else:
        best = [(key(item), rank, item) for rank, item in zip(ranks, it)]
    if not best:
        return best
    make_heap(best)
    worst = best[0][0]
    rank = -n if largest else n
    for item in it:
        k = item if key is None else key(item)
        if (worst < k) if largest else (k < worst):
            replace_top(best, (k, rank) if key is None else (k, rank, item))
            worst = best[0][0]
            rank += -1 if largest else 1
    best.sort(reverse=largest)
    return [entry[0] if key is None else entry[2] for entry in best]


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, as sorted(iterable, key=key)[:n] would give."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, as sorted(iterable, key=key, reverse=True)[:n] would give."""
    return _select(n, iterable, key, True)
