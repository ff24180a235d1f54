"""Thread-safe queues (FIFO, LIFO, priority) for handing work between threads.

Taipan's own implementation. All three classes share one Queue engine; the
subclasses only decide the order in which stored items come back out.
"""

import threading
from _collections import deque
from heapq import heappush as _heap_add, heappop as _heap_take
from time import monotonic as _now
from _queue import Empty, SimpleQueue

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Full(Exception):
    """Raised by a non-blocking or timed-out put() on a queue with no room."""


def _await(cond, blocked, block, timeout, failure):
    """With cond's lock held, wait while blocked() is true.

    block=False fails at once; timeout=None waits forever; otherwise we give
    up with `failure` once `timeout` seconds have passed.
    """
    if not block:
        if blocked():
            raise failure
        return
    if timeout is None:
        while blocked():
            cond.wait()
        return
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    give_up_at = _now() + timeout
    while blocked():
        left = give_up_at - _now()
        if left <= 0.0:
            raise failure
        cond.wait(left)


class Queue:
    """First in, first out. maxsize <= 0 means no limit on the number of items."""

    def __init__(self, maxsize=0):
        # A single lock guards the storage; the three conditions share it so a
        # waiter of one kind can be woken by the holder of any other kind.
        lock = threading.Lock()
        self.mutex = lock
        self.not_empty = threading.Condition(lock)
        self.not_full = threading.Condition(lock)
        self.all_tasks_done = threading.Condition(lock)
        self.unfinished_tasks = 0
        self.maxsize = maxsize
        self._init(maxsize)

    # -- task accounting ----------------------------------------------------

    def task_done(self):
        """Report that one fetched item has been fully processed."""
        with self.all_tasks_done:
            pending = self.unfinished_tasks
            if pending <= 0:
                raise ValueError('task_done() called too many times')
            pending -= 1
            self.unfinished_tasks = pending
            if pending == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        """Block until task_done() has been called once for every item put."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    # -- size queries (approximate once the lock is released) -------------

    def qsize(self):
        """How many items the queue holds right now."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """True when the queue holds no items right now."""
        with self.mutex:
            return self._qsize() == 0

    def full(self):
        """True when a bounded queue has no room right now."""
        with self.mutex:
            return self._no_room()

    def _no_room(self):
        return self.maxsize > 0 and self._qsize() >= self.maxsize

    def _no_items(self):
        return self._qsize() == 0

    # -- adding and removing ------------------------------------------------

    def put(self, item, block=True, timeout=None):
        """Add item; if the queue is full wait (optionally up to timeout) or raise Full."""
        with self.not_full:
            if self.maxsize > 0:
                _await(self.not_full, self._no_room, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Take the next item; if there is none wait (optionally up to timeout) or raise Empty."""
        with self.not_empty:
            _await(self.not_empty, self._no_items, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put() without waiting: raises Full when there is no room."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get() without waiting: raises Empty when there is nothing to take."""
        return self.get(block=False)

    # -- storage hooks: subclasses override these to change the order ------

    def _init(self, maxsize):
        self.queue = deque()

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def _qsize(self):
        return len(self.queue)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class LifoQueue(Queue):
    """Last in, first out: a stack."""

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    """Smallest item first; entries are usually (priority, payload) tuples."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heap_add(self.queue, item)

    def _get(self):
        return _heap_take(self.queue)
