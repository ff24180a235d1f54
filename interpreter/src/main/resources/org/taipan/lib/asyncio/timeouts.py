"""asyncio.timeout() and timeout_at(): cancel the enclosed block when time runs out.

Taipan's own implementation. On expiry the current task is cancelled; the
block's exit turns that CancelledError into TimeoutError (only when this
timeout was the sole reason for the cancellation).
"""

import enum

from . import events
from . import exceptions
from . import tasks

__all__ = ('Timeout', 'timeout', 'timeout_at')


class _State(enum.Enum):
    CREATED = 'created'
    ENTERED = 'active'
    EXPIRING = 'expiring'
    EXPIRED = 'expired'
    EXITED = 'finished'


class Timeout:
    """An async context manager with a deadline on the loop's clock (None: none)."""

    def __init__(self, when):
        self._state = _State.CREATED
        self._handle = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state is _State.CREATED:
            raise RuntimeError('Timeout has not been entered')
        if self._state is not _State.ENTERED:
            raise RuntimeError(f'Cannot change state of {self._state.value} Timeout')
        self._when = when
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if when is None:
            return
        loop = events.get_running_loop()
        if when <= loop.time():
            self._handle = loop.call_soon(self._expire)
        else:
            self._handle = loop.call_at(when, self._expire)

    def expired(self):
        return self._state in (_State.EXPIRING, _State.EXPIRED)

    def __repr__(self):
        text = f'<Timeout [{self._state.value}]'
        if self._state is _State.ENTERED:
            when = None if self._when is None else round(self._when, 3)
            text += f' when={when}'
        return text + '>'

    async def __aenter__(self):
        self._state = _State.ENTERED
        self._task = tasks.current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._state is _State.EXPIRING:
            self._state = _State.EXPIRED
            if self._task.uncancel() == 0 and exc_type is exceptions.CancelledError:
                raise TimeoutError from exc
        elif self._state is _State.ENTERED:
            self._state = _State.EXITED
        return None

    def _expire(self):
        self._task.cancel()
        self._state = _State.EXPIRING
        self._handle = None


def timeout(delay):
    """A Timeout that expires `delay` seconds from now (None: never)."""
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """A Timeout that expires when the loop's clock reaches `when` (None: never)."""
    return Timeout(when)
