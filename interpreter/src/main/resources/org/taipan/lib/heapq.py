"""Heap queue algorithm (a.k.a. priority queue), Taipan's own implementation."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check(heap, name):
    if not isinstance(heap, list):
        raise TypeError('%s() argument 1 must be list, not %s' % (name, type(heap).__name__))


def _sift_down(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _sift_up(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _sift_down(heap, startpos, pos)


def heappush(heap, item, /):
    _check(heap, 'heappush')
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def heappop(heap, /):
    _check(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _sift_up(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item, /):
    _check(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _sift_up(heap, 0)
    return returnitem


def heappushpop(heap, item, /):
    _check(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_up(heap, 0)
    return item


def heapify(heap, /):
    if not isinstance(heap, list):
        raise TypeError('heapify() argument must be list, not %s' % type(heap).__name__)
    for i in reversed(range(len(heap) // 2)):
        _sift_up(heap, i)


def merge(*iterables, key=None, reverse=False):
    items = []
    for order, it in enumerate(iterables):
        for n, value in enumerate(it):
            items.append(value)
    if key is None:
        return iter(_merge_sorted(iterables, lambda v: v, reverse))
    return iter(_merge_sorted(iterables, key, reverse))


def _merge_sorted(iterables, key, reverse):
    iters = [iter(it) for it in iterables]
    heads = []
    for i, it in enumerate(iters):
        for v in it:
            heads.append([v, i])
            break
    while heads:
        best = 0
        for j in range(1, len(heads)):
            a = key(heads[j][0])
            b = key(heads[best][0])
            if (b < a) if reverse else (a < b):
                best = j
            elif not (a < b) and not (b < a) and heads[j][1] < heads[best][1]:
                best = j
        v, i = heads[best]
        yield v
        for nv in iters[i]:
            heads[best][0] = nv
            break
        else:
            del heads[best]


def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]
