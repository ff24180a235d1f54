"""SimpleQueue and Empty (CPython's C module _queue), written in Python on _thread locks."""

from _collections import deque as _deque

__all__ = ['Empty', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


class SimpleQueue:
    """An unbounded FIFO queue without task tracking; put() never blocks."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('SimpleQueue() takes no positional arguments')
        if kwargs:
            raise TypeError('SimpleQueue() takes no keyword arguments')
        import threading
        self._items = _deque()
        self._count = threading.Semaphore(0)  # counts the items getters may take

    def put(self, item, block=True, timeout=None):
        """Put the item on the queue (block and timeout are accepted for Queue's API, unused)."""
        self._items.append(item)
        self._count.release()

    def put_nowait(self, item):
        return self.put(item, False)

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one if block (at most timeout seconds)."""
        if timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not block:
            got = self._count.acquire(False)
        else:
            got = self._count.acquire(True, timeout)
        if not got:
            raise Empty
        return self._items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


SimpleQueue.__module__ = '_queue'
Empty.__module__ = '_queue'
