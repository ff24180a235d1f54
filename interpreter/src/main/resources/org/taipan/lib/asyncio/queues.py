"""Queues for tasks: FIFO, priority and LIFO, with task_done()/join().

Taipan's own implementation. Producers and consumers that must wait park on
Futures in FIFO order; every put wakes one parked consumer and every get one
parked producer. The subclasses only choose how items are stored
(_init/_put/_get, as in CPython, so user subclasses keep working).
"""

import collections
import heapq

from . import locks
from . import mixins

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')


class QueueEmpty(Exception):
    """get_nowait() on an empty queue."""


class QueueFull(Exception):
    """put_nowait() on a full queue."""


def _wake_one(parked):
    while parked:
        ticket = parked.popleft()
        if not ticket.done():
            ticket.set_result(None)
            return


class Queue(mixins._LoopBound):
    """A FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters, self._putters = collections.deque(), collections.deque()
        self._unfinished_tasks = 0
        self._all_done = locks.Event()
        self._all_done.set()
        self._init(maxsize)

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _init(self, maxsize):
        self._queue = collections.deque()

    def _describe(self):
        parts = [f'maxsize={self._maxsize!r}']
        if getattr(self, '_queue', None):
            parts.append(f'_queue={list(self._queue)!r}')
        for label, parked in (('_getters', self._getters), ('_putters', self._putters)):
            if parked:
                parts.append(f'{label}[{len(parked)}]')
        if self._unfinished_tasks:
            parts.append(f'tasks={self._unfinished_tasks}')
        return ' '.join(parts)

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._describe()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._describe()}>'

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    async def _wait_while(self, blocked, parked, others_can_go):
        """Parks in `parked` while blocked(); on cancellation passes a wake-up on."""
        while blocked():
            ticket = self._get_loop().create_future()
            parked.append(ticket)
            try:
                await ticket
            except:
                ticket.cancel()
                if ticket in parked:
                    parked.remove(ticket)
                # We may have been woken for an item or a free slot we now won't use.
                if others_can_go() and not ticket.cancelled():
                    _wake_one(parked)
                raise

    async def put(self, item):
        await self._wait_while(self.full, self._putters, lambda: not self.full())
        return self.put_nowait(item)

    async def get(self):
        await self._wait_while(self.empty, self._getters, lambda: not self.empty())
        return self.get_nowait()

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._all_done.clear()
        _wake_one(self._getters)

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_one(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if not self._unfinished_tasks:
            self._all_done.set()

    async def join(self):
        if self._unfinished_tasks:
            await self._all_done.wait()


class PriorityQueue(Queue):
    """Smallest item first (a heap)."""

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return heapq.heappop(self._queue)

    def _put(self, item):
        heapq.heappush(self._queue, item)


class LifoQueue(Queue):
    """Last in, first out."""

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop()

    def _put(self, item):
        self._queue.append(item)
