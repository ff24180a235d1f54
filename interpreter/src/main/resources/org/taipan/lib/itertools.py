"""Functions creating iterators for efficient looping (Taipan's own implementation)."""

import sys as _sys


_MISSING = object()


class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(type(v), '__add__'):
                raise TypeError('a number is required')
        if isinstance(start, str) or isinstance(step, str):
            raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return '%s(%r)' % (type(self).__name__, self._n)
        return '%s(%r, %r)' % (type(self).__name__, self._n, self._step)


class cycle:
    """Return elements from the iterable until it is exhausted, then repeat the sequence."""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._first = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._first:
            for x in self._it:
                self._saved.append(x)
                return x
            self._first = False
        if not self._saved:
            raise StopIteration
        x = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return x


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object."""

    def __init__(self, object=_MISSING, times=None):
        if object is _MISSING:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._obj = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
            times = max(times, 0)
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._started = initial is not None
        self._pending_initial = initial is not None

    def __iter__(self):
        return self

    def __next__(self):
        if self._pending_initial:
            self._pending_initial = False
            return self._total
        x = next(self._it)
        if not self._started:
            self._started = True
            self._total = x
        elif self._func is None:
            self._total = self._total + x
        else:
            self._total = self._func(self._total, x)
        return self._total


class chain:
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next iterable."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        self = cls.__new__(cls)
        self._sources = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._sources is None:
                    raise StopIteration
                try:
                    src = next(self._sources)
                except StopIteration:
                    self._sources = None
                    raise
                self._active = iter(src)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class compress:
    """Return data elements corresponding to true selector elements."""

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            d = next(self._data)
            s = next(self._selectors)
            if s:
                return d


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            x = next(self._it)
            if not self._dropping:
                return x
            if not self._pred(x):
                self._dropping = False
                return x


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true."""

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._done = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false."""

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            x = next(self._it)
            if self._func is None:
                if not x:
                    return x
            elif not self._func(x):
                return x


class _grouper:
    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._grouper is not self:
            raise StopIteration
        if p._pending is _MISSING:
            try:
                p._advance()
            except StopIteration:
                raise
        if p._currkey != self._key:
            raise StopIteration
        v = p._pending
        p._pending = _MISSING
        return v


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._pending = _MISSING
        self._currkey = _MISSING
        self._tgtkey = _MISSING
        self._grouper = None

    def _advance(self):
        v = next(self._it)
        self._pending = v
        self._currkey = v if self._keyfunc is None else self._keyfunc(v)

    def __iter__(self):
        return self

    def __next__(self):
        self._grouper = None
        while True:
            if self._pending is _MISSING:
                self._advance()
            if self._tgtkey is _MISSING or self._currkey != self._tgtkey:
                break
            self._pending = _MISSING
        self._tgtkey = self._currkey
        g = _grouper(self, self._tgtkey)
        self._grouper = g
        return (self._currkey, g)


_grouper.__name__ = '_grouper'


def _islice_index(v, what):
    if v is None:
        return None
    if not hasattr(type(v), '__index__'):
        raise ValueError('%s argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.' % what)
    v = type(v).__index__(v)
    if v < 0 or v > _sys.maxsize:
        raise ValueError('%s argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.' % what)
    return v


class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""

    def __init__(self, *args):
        n = len(args)
        if n < 2:
            raise TypeError('islice expected at least 2 arguments, got %d' % n)
        if n > 4:
            raise TypeError('islice expected at most 4 arguments, got %d' % n)
        if n == 2:
            start, stop, step = None, args[1], None
            stop = _islice_index(stop, 'Stop')
        else:
            start = args[1]
            stop = args[2]
            step = args[3] if n == 4 else None
            if start is not None and (not hasattr(type(start), '__index__') or type(start).__index__(start) < 0):
                raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
            if stop is not None and (not hasattr(type(stop), '__index__') or type(stop).__index__(stop) < 0):
                raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
            if step is not None:
                if not hasattr(type(step), '__index__') or type(step).__index__(step) <= 0:
                    raise ValueError('Step for islice() must be a positive integer or None.')
                step = type(step).__index__(step)
            start = 0 if start is None else type(start).__index__(start)
            stop = None if stop is None else type(stop).__index__(stop)
        self._it = iter(args[0])
        self._next = 0 if start is None else start
        self._stop = stop
        self._step = 1 if step is None else step
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        while self._pos < self._next:
            if self._stop is not None and self._pos >= self._stop:
                self._it = None
                raise StopIteration
            try:
                next(self._it)
            except StopIteration:
                self._it = None
                raise
            self._pos += 1
        if self._stop is not None and self._pos >= self._stop:
            self._it = None
            raise StopIteration
        try:
            x = next(self._it)
        except StopIteration:
            self._it = None
            raise
        self._pos += 1
        self._next += self._step
        return x


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._old = _MISSING

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        try:
            if self._old is _MISSING:
                self._old = next(self._it)
            new = next(self._it)
        except StopIteration:
            self._it = None
            raise
        pair = (self._old, new)
        self._old = new
        return pair


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an
    argument tuple taken from the given sequence."""

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = tuple(next(self._it))
        return self._func(*args)


class _tee_link:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = _MISSING
        self.next = None


class _tee:
    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._it)
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


_tee.__name__ = '_tee'


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _tee_link())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple."""

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(x) for x in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        if not self._its or self._active == 0:
            raise StopIteration
        values = []
        for i, it in enumerate(self._its):
            if it is None:
                values.append(self._fill)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                self._its[i] = None
                values.append(self._fill)
        return tuple(values)


class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        result = [()]
        for pool in pools:
            result = [x + (y,) for x in result for y in pool]
        for r in result:
            yield r

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _check_r(r, n):
    if r is None:
        return n
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations:
    """Return successive r-length permutations of elements in the iterable."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        r = _check_r(r, n)
        self._gen = self._run(pool, n, r)

    @staticmethod
    def _run(pool, n, r):
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class combinations:
    """Return successive r-length combinations of elements in the iterable."""

    def __init__(self, iterable=_MISSING, r=_MISSING):
        if iterable is _MISSING:
            raise TypeError("combinations() missing required argument 'iterable' (pos 1)")
        if r is _MISSING:
            raise TypeError("combinations() missing required argument 'r' (pos 2)")
        pool = tuple(iterable)
        r = _check_r(r, len(pool))
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing
    individual elements to have successive repeats."""

    def __init__(self, iterable=_MISSING, r=_MISSING):
        if iterable is _MISSING:
            raise TypeError("combinations_with_replacement() missing required argument 'iterable' (pos 1)")
        if r is _MISSING:
            raise TypeError("combinations_with_replacement() missing required argument 'r' (pos 2)")
        pool = tuple(iterable)
        r = _check_r(r, len(pool))
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)
