"""concurrent.futures' Future, Executor and the waiting functions.

Taipan's own implementation (a minimal one: no process pools).
"""

import collections
import logging
import threading
import time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TEXT = {PENDING: 'pending', RUNNING: 'running', CANCELLED: 'cancelled',
               CANCELLED_AND_NOTIFIED: 'cancelled', FINISHED: 'finished'}

LOGGER = logging.getLogger('concurrent.futures')


class Error(Exception):
    """Base of the concurrent.futures errors."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation does not fit the Future's state."""


class BrokenExecutor(RuntimeError):
    """The executor cannot run work any more."""


class Future:
    """The outcome of a call run by an executor; safe to use from any thread."""

    def __init__(self):
        self._state = PENDING
        self._result = self._exception = None
        self._condition = threading.Condition()
        self._done_callbacks, self._waiters = [], []

    def __repr__(self):
        with self._condition:
            head = f'<{self.__class__.__name__} at {id(self):#x} state={_STATE_TEXT[self._state]}'
            if self._state == FINISHED:
                if self._exception is not None:
                    return f'{head} raised {self._exception.__class__.__name__}>'
                return f'{head} returned {self._result.__class__.__name__}>'
            return head + '>'

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _run_callbacks(self):
        for fn in self._done_callbacks:
            try:
                fn(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    def cancel(self):
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._run_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def _wait_until_done(self, timeout):
        # With the condition held: False when the timeout passed first.
        deadline = None if timeout is None else time.monotonic() + timeout
        while self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            if deadline is None:
                self._condition.wait()
            else:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._condition.wait(left)
        return True

    def _outcome(self):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def result(self, timeout=None):
        with self._condition:
            if not self._wait_until_done(timeout):
                raise TimeoutError()
            return self._outcome()

    def exception(self, timeout=None):
        with self._condition:
            if not self._wait_until_done(timeout):
                raise TimeoutError()
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            return self._exception

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError(f'{self._state}: {self!r}')
            self._result = result
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                if exception is None:
                    waiter.add_result(self)
                else:
                    waiter.add_exception(self)
            self._condition.notify_all()
        self._run_callbacks()

    def set_result(self, result):
        self._finish(result, None)

    def set_exception(self, exception):
        self._finish(None, exception)


class _Waiter:
    """Collects the futures wait()/as_completed() are told about, and wakes them."""

    def __init__(self, enough):
        self.event = threading.Event()
        self.finished = []
        self.lock = threading.Lock()
        self._enough = enough

    def _note(self, fut, failed):
        with self.lock:
            self.finished.append(fut)
            if self._enough(fut, failed):
                self.event.set()

    def add_result(self, fut):
        self._note(fut, False)

    def add_exception(self, fut):
        self._note(fut, True)

    def add_cancelled(self, fut):
        self._note(fut, False)


def _is_done(fut):
    return fut._state in (CANCELLED_AND_NOTIFIED, FINISHED)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures; returns a named tuple (done, not_done) of sets."""
    fs = set(fs)
    done = {f for f in fs if _is_done(f)}
    pending = fs - done
    if return_when == FIRST_COMPLETED and done:
        return DoneAndNotDoneFutures(done, pending)
    if return_when == FIRST_EXCEPTION and any(
            f._state == FINISHED and f._exception is not None for f in done):
        return DoneAndNotDoneFutures(done, pending)
    if not pending:
        return DoneAndNotDoneFutures(done, pending)
    left = [len(pending)]

    def enough(fut, failed):
        left[0] -= 1
        return (return_when == FIRST_COMPLETED or left[0] <= 0
                or (return_when == FIRST_EXCEPTION and failed))

    waiter = _Waiter(enough)
    for f in fs:
        with f._condition:
            f._waiters.append(waiter)
    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)
    done = {f for f in fs if _is_done(f)}
    return DoneAndNotDoneFutures(done, fs - done)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def as_completed(fs, timeout=None):
    """Yields the futures as they finish."""
    deadline = None if timeout is None else time.monotonic() + timeout
    fs = set(fs)
    yielded = set()
    for f in [f for f in fs if _is_done(f)]:
        yielded.add(f)
        yield f
    while len(yielded) < len(fs):
        left = None if deadline is None else deadline - time.monotonic()
        if left is not None and left <= 0:
            raise TimeoutError(f'{len(fs) - len(yielded)} (of {len(fs)}) futures unfinished')
        done, _ = wait(fs - yielded, left, FIRST_COMPLETED)
        if not done:
            raise TimeoutError(f'{len(fs) - len(yielded)} (of {len(fs)}) futures unfinished')
        for f in done:
            yielded.add(f)
            yield f


class Executor:
    """Runs callables asynchronously; see ThreadPoolExecutor."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        deadline = None if timeout is None else time.monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                futures.reverse()
                while futures:
                    f = futures.pop()
                    if deadline is None:
                        yield f.result()
                    else:
                        yield f.result(deadline - time.monotonic())
            finally:
                for f in futures:
                    f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.shutdown(wait=True)
        return False
