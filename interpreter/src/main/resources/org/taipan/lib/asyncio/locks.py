"""Lock, Event, Condition, Semaphore, BoundedSemaphore and Barrier for tasks.

Taipan's own implementation. A task that must wait parks on a fresh Future
kept in a FIFO deque (see _Parking); waking it means setting that Future's
result, so it resumes on a later turn of the loop, never inside the call
that woke it.
"""

import collections

from . import exceptions
from . import mixins

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')


class _Parking(mixins._LoopBound):
    """The waiting tasks of a primitive, in arrival order."""

    _parked = None

    async def _park(self):
        """Waits until woken; the Future leaves the queue afterwards, however it ends."""
        if self._parked is None:
            self._parked = collections.deque()
        ticket = self._get_loop().create_future()
        self._parked.append(ticket)
        try:
            try:
                return await ticket
            finally:
                self._parked.remove(ticket)
        except exceptions.CancelledError:
            self._parking_cancelled(ticket)
            raise

    def _parking_cancelled(self, ticket):
        """Called when a parked task is cancelled (its ticket may have been granted already)."""

    def _wake(self, count, value=True):
        """Wakes up to `count` parked tasks that are still waiting; returns how many."""
        woken = 0
        for ticket in self._parked or ():
            if woken == count:
                break
            if not ticket.done():
                ticket.set_result(value)
                woken += 1
        return woken

    def _parked_text(self, state):
        if self._parked:
            return f'<{object.__repr__(self)[1:-1]} [{state}, waiters:{len(self._parked)}]>'
        return f'<{object.__repr__(self)[1:-1]} [{state}]>'


class _AsyncWith:
    """`async with primitive:` acquires and releases (and binds None)."""

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc_info):
        self.release()


class Lock(_AsyncWith, _Parking):
    """A mutual-exclusion lock for tasks; handed over in FIFO order."""

    def __init__(self):
        self._held = False

    def __repr__(self):
        return self._parked_text('locked' if self._held else 'unlocked')

    def locked(self):
        return self._held

    def _free_for_newcomer(self):
        # A newcomer may take the lock only if nobody is queued for it.
        return not self._held and all(t.cancelled() for t in self._parked or ())

    async def acquire(self):
        if not self._free_for_newcomer():
            await self._park()
        self._held = True
        return True

    def _parking_cancelled(self, ticket):
        # Perhaps woken and cancelled at once: pass the turn on.
        if not self._held:
            self._wake(1)

    def release(self):
        if not self._held:
            raise RuntimeError('Lock is not acquired.')
        self._held = False
        self._wake(1)


class Event(_Parking):
    """A flag tasks can wait for; set() wakes all of them."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        return self._parked_text('set' if self._flag else 'unset')

    def is_set(self):
        return self._flag

    def set(self):
        if not self._flag:
            self._flag = True
            self._wake(-1)

    def clear(self):
        self._flag = False

    async def wait(self):
        if not self._flag:
            await self._park()
        return True


class Condition(_AsyncWith, _Parking):
    """Tasks wait() until another task holding the lock calls notify()."""

    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        # The lock's own methods, so `async with cond` works on the lock directly.
        self.locked, self.acquire, self.release = (
            self._lock.locked, self._lock.acquire, self._lock.release)

    def __repr__(self):
        return self._parked_text('locked' if self.locked() else 'unlocked')

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            await self._park()
            return True
        finally:
            await self._take_lock_back()

    async def _take_lock_back(self):
        # Even a cancelled wait returns holding the lock; the cancellation is raised after.
        interruptions = 0
        while not await self._try_acquire():
            interruptions += 1
        if interruptions:
            raise exceptions.CancelledError

    async def _try_acquire(self):
        try:
            return await self.acquire()
        except exceptions.CancelledError:
            return False

    async def wait_for(self, predicate):
        value = predicate()
        while not value:
            await self.wait()
            value = predicate()
        return value

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        self._wake(n, False)

    def notify_all(self):
        self.notify(len(self._parked or ()))


class Semaphore(_AsyncWith, _Parking):
    """A counter of permits; acquire() waits while none are left."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value

    def __repr__(self):
        state = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        return self._parked_text(state)

    def locked(self):
        someone_queued = any(not t.cancelled() for t in self._parked or ())
        return self._value == 0 or someone_queued

    async def acquire(self):
        if self.locked():
            # _give_permit takes the permit off the count for us when it wakes us.
            await self._park()
        else:
            self._value -= 1
        # Others may queue behind us while permits are left (FIFO): let them in.
        while self._value > 0 and self._give_permit():
            pass
        return True

    def _parking_cancelled(self, ticket):
        if not ticket.cancelled():
            # The permit was ours already: hand it to the next waiter.
            self._value += 1
            self._give_permit()

    def release(self):
        self._value += 1
        self._give_permit()

    def _give_permit(self):
        for ticket in self._parked or ():
            if not ticket.done():
                self._value -= 1
                ticket.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._limit = value
        super().__init__(value)

    def release(self):
        if self._value >= self._limit:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


_FILLING, _DRAINING, _RESETTING, _BROKEN = 'filling', 'draining', 'resetting', 'broken'


class Barrier(mixins._LoopBound):
    """Lets `parties` tasks wait until all of them have arrived."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._phase = _FILLING
        self._inside = 0

    def __repr__(self):
        text = self._phase
        if not self.broken:
            text += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{object.__repr__(self)[1:-1]} [{text}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        return None

    async def wait(self):
        cond = self._cond
        async with cond:
            # Wait for the previous round to drain out (or a reset to finish).
            await cond.wait_for(lambda: self._phase in (_FILLING, _BROKEN))
            if self._phase == _BROKEN:
                raise exceptions.BrokenBarrierError('Barrier aborted')
            position = self._inside
            self._inside += 1
            try:
                if self._inside == self._parties:
                    self._phase = _DRAINING
                    cond.notify_all()
                else:
                    await cond.wait_for(lambda: self._phase != _FILLING)
                    if self._phase in (_BROKEN, _RESETTING):
                        raise exceptions.BrokenBarrierError('Abort or reset of barrier')
                return position
            finally:
                self._inside -= 1
                if not self._inside and self._phase in (_DRAINING, _RESETTING):
                    self._phase = _FILLING
                cond.notify_all()

    async def reset(self):
        async with self._cond:
            self._phase = _RESETTING if self._inside else _FILLING
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._phase = _BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._inside if self._phase == _FILLING else 0

    @property
    def broken(self):
        return self._phase == _BROKEN
