"""Tasks (coroutines driven by the loop) and the functions that combine awaitables.

Taipan's own implementation. A Task advances its coroutine one step per
loop callback: the first step is scheduled by the constructor with
call_soon; a step that yields a pending Future resumes when that Future's
done callback runs; a bare yield (sleep(0)) schedules the next step at once.
"""

import sys
import types
import weakref
import inspect
import functools
import itertools
import contextvars
import concurrent.futures

from . import coroutines
from . import events
from . import futures
from .exceptions import CancelledError, InvalidStateError

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield',
           'ensure_future', 'run_coroutine_threadsafe', 'current_task', 'all_tasks',
           '_register_task', '_unregister_task', '_enter_task', '_leave_task')

FIRST_COMPLETED = concurrent.futures.FIRST_COMPLETED
FIRST_EXCEPTION = concurrent.futures.FIRST_EXCEPTION
ALL_COMPLETED = concurrent.futures.ALL_COMPLETED
_WAIT_MODES = (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)

_task_numbers = itertools.count(1)
_all_tasks = weakref.WeakSet()
_current_tasks = {}


def _register_task(task):
    _all_tasks.add(task)


def _unregister_task(task):
    _all_tasks.discard(task)


def _enter_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another task '
                           f'{running!r} is being executed.')
    _current_tasks[loop] = task


def _leave_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match the current task '
                           f'{running!r}.')
    del _current_tasks[loop]


def current_task(loop=None):
    """The Task running on `loop` (the running loop by default), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The unfinished Tasks of `loop` (the running loop by default)."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in list(_all_tasks) if t._loop is loop and not t.done()}


def _coro_text(coro):
    """How a Task's repr shows its coroutine: where it runs, or where it was defined."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if name is None:
        return repr(coro)
    frame = getattr(coro, 'cr_frame', None)
    if frame is None:
        frame = getattr(coro, 'gi_frame', None)
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if frame is not None:
        return f'{name}() running at {frame.f_code.co_filename}:{frame.f_lineno}'
    if code is not None:
        return f'{name}() done, defined at {code.co_filename}:{code.co_firstlineno}'
    return f'{name}()'


def _strip_own_frame(exc, frame):
    # The coroutine's exception passed through the step method on its way out;
    # CPython's task steps in C, so its tracebacks start at the coroutine.
    tb = exc.__traceback__
    if tb is not None and tb.tb_frame is frame:
        exc.__traceback__ = tb.tb_next


class Task(futures.Future):
    """A Future that runs a coroutine on the loop, one step per callback."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        number = next(_task_numbers)  # counted even for named tasks, as in CPython
        self._name = f'Task-{number}' if name is None else str(name)
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._num_cancels_requested = 0
        self._context = contextvars.copy_context() if context is None else context
        self._loop.call_soon(self.__step, context=self._context)
        _register_task(self)

    def __repr__(self):
        parts = super()._repr_info()
        if self._state == futures._PENDING and self._num_cancels_requested > 0:
            parts[0] = 'cancelling'
        parts.insert(1, f'name={self._name!r}')
        parts.insert(2, f'coro=<{_coro_text(self._coro)}>')
        if self._fut_waiter is not None:
            parts.insert(3, f'wait_for={self._fut_waiter!r}')
        return f"<{self.__class__.__name__} {' '.join(parts)}>"

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def set_name(self, value):
        self._name = str(value)

    def get_name(self):
        return self._name

    def get_stack(self, *, limit=None):
        frame = getattr(self._coro, 'cr_frame', None)
        return [] if frame is None else [frame]

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is None or not waiter.cancel(msg=msg):
            # Nothing to interrupt now: the next step throws CancelledError in.
            self._must_cancel, self._cancel_message = True, msg
        # Otherwise the waiter's done callback throws CancelledError into the coroutine.
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        self._num_cancels_requested = max(0, self._num_cancels_requested - 1)
        return self._num_cancels_requested

    def __step(self, exc=None):
        # One step of the coroutine; the hottest code of asyncio, hence written out flat.
        if self._state != futures._PENDING:
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        running = _current_tasks.get(loop)
        if running is not None:
            raise RuntimeError(f'Cannot enter into task {self!r} while another task '
                               f'{running!r} is being executed.')
        _current_tasks[loop] = self
        try:
            if exc is None:
                yielded = self._coro.send(None)
            else:
                yielded = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                # cancel() came while the last step ran: the task ends cancelled anyway.
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(stop.value)
        except CancelledError as cancelled:
            _strip_own_frame(cancelled, sys._getframe())
            self._cancelled_exc = cancelled
            super().cancel()
        except (KeyboardInterrupt, SystemExit) as fatal:
            _strip_own_frame(fatal, sys._getframe())
            super().set_exception(fatal)
            raise
        except BaseException as error:
            _strip_own_frame(error, sys._getframe())
            super().set_exception(error)
        else:
            self.__park(yielded)
        finally:
            _leave_task(loop, self)

    def __park(self, yielded):
        """Decides when the next step runs, from what the coroutine yielded."""
        loop = self._loop
        blocking = getattr(yielded, '_asyncio_future_blocking', None)
        if blocking is not None:
            if futures._loop_of(yielded) is not loop:
                problem = RuntimeError(f'Task {self!r} got Future {yielded!r} attached '
                                       f'to a different loop')
            elif not blocking:
                problem = RuntimeError(f'yield was used instead of yield from in task '
                                       f'{self!r} with {yielded!r}')
            elif yielded is self:
                problem = RuntimeError(f'Task cannot await on itself: {self!r}')
            else:
                yielded._asyncio_future_blocking = False
                yielded.add_done_callback(self.task_wakeup, context=self._context)
                self._fut_waiter = yielded
                if self._must_cancel and yielded.cancel(msg=self._cancel_message):
                    self._must_cancel = False
                return
            loop.call_soon(self.__step, problem, context=self._context)
        elif yielded is None:
            loop.call_soon(self.__step, context=self._context)
        elif inspect.isgenerator(yielded):
            problem = RuntimeError(f'yield was used instead of yield from for generator '
                                   f'in task {self!r} with {yielded!r}')
            loop.call_soon(self.__step, problem, context=self._context)
        else:
            problem = RuntimeError(f'Task got bad yield: {yielded!r}')
            loop.call_soon(self.__step, problem, context=self._context)

    def task_wakeup(self, future):
        """The done callback of the Future the coroutine waits on: resumes it."""
        exc = futures._outcome_exception(future)
        if exc is None:
            self.__step()
        else:
            self.__step(exc)

    task_wakeup._asyncio_builtin = True


_PyTask = Task


def create_task(coro, *, name=None, context=None):
    """Schedules the coroutine as a Task on the running loop."""
    loop = events.get_running_loop()
    if context is None:
        return loop.create_task(coro, name=name)
    return loop.create_task(coro, name=name, context=context)


def _set_task_name(task, name):
    if name is not None:
        task.set_name(name)


@types.coroutine
def _wrap_awaitable(awaitable):
    return (yield from awaitable.__await__())


def ensure_future(coro_or_future, *, loop=None):
    """A Future for the argument: itself if it is one, else a Task running it."""
    obj = coro_or_future
    if futures.isfuture(obj):
        if loop is not None and loop is not futures._loop_of(obj):
            raise ValueError('The future belongs to a different loop than the one '
                             'specified as the loop argument')
        return obj
    wrapped = False
    if not coroutines.iscoroutine(obj):
        if inspect.isawaitable(obj):
            obj = _wrap_awaitable(obj)
            wrapped = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(obj)
    except RuntimeError:
        if not wrapped:
            obj.close()
        raise


@types.coroutine
def _yield_once():
    yield


async def sleep(delay, result=None):
    """Waits `delay` seconds (0: just lets the other ready callbacks run once)."""
    if delay <= 0:
        await _yield_once()
        return result
    loop = events.get_running_loop()
    done = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, done, result)
    try:
        return await done
    finally:
        timer.cancel()


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    """Cancels `fut` and waits until it has really finished."""
    waiter = futures._loop_of(fut).create_future()
    release = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    """Awaits `fut`, cancelling it and raising TimeoutError after `timeout` seconds."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if not fut.done():
            await _cancel_and_wait(fut)
            return _result_or_timeout(fut)
        return fut.result()
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)
    release = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except CancelledError:
            # We were cancelled ourselves: cancel fut too, unless it just finished.
            if not fut.done():
                fut.remove_done_callback(release)
                await _cancel_and_wait(fut)
                raise
            return fut.result()
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut)
        return _result_or_timeout(fut)
    finally:
        timer.cancel()


def _result_or_timeout(fut):
    """fut's result after wait_for cancelled it: TimeoutError if the cancel took."""
    try:
        return fut.result()
    except CancelledError as exc:
        raise TimeoutError() from exc


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the Futures/Tasks in `fs`; returns the sets (done, pending)."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in _WAIT_MODES:
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(map(coroutines.iscoroutine, fs)):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = events.get_running_loop()
    fs = {ensure_future(f, loop=loop) for f in fs}
    waiter = loop.create_future()
    timer = None if timeout is None else loop.call_later(timeout, _release_waiter, waiter)
    left = [len(fs)]

    def on_done(f):
        left[0] -= 1
        failed = return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None
        if left[0] <= 0 or return_when == FIRST_COMPLETED or failed:
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    """Awaitables that give the results of `fs` in the order they finish."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from .queues import Queue
    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    finished = Queue()
    timer = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_done)
            finished.put_nowait(None)
        todo.clear()

    def on_done(f):
        if not todo:
            return
        todo.remove(f)
        finished.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def next_result():
        f = await finished.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_done)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    return _as_completed_iter(next_result, len(todo))


def _as_completed_iter(next_result, count):
    for _ in range(count):
        yield next_result()


class _GatheringFuture(futures.Future):
    """gather()'s outer Future: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        any_cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                any_cancelled = True
        if any_cancelled:
            self._cancel_requested = True
        return any_cancelled


def gather(*coros_or_futures, return_exceptions=False):
    """A Future for the list of results of all the awaitables, in argument order."""
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    state = {'finished': 0, 'count': 0, 'outer': None}
    children = []
    seen = {}
    loop = None

    def child_done(fut):
        state['finished'] += 1
        outer = state['outer']
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['finished'] == state['count']:
            results = []
            for child in children:
                if child.cancelled():
                    # A fresh error with the cancel message ('' for none), as in CPython.
                    message = child._cancel_message
                    results.append(CancelledError('' if message is None else message))
                else:
                    exc = child.exception()
                    results.append(child.result() if exc is None else exc)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        if arg not in seen:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._loop_of(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            state['count'] += 1
            seen[arg] = fut
            fut.add_done_callback(child_done)
        else:
            fut = seen[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    state['outer'] = outer
    return outer


def shield(arg):
    """A Future that follows `arg` but whose cancellation does not reach `arg`."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._loop_of(inner)
    outer = loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
            return
        exc = inner.exception()
        if exc is not None:
            outer.set_exception(exc)
        else:
            outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Runs `coro` on `loop` from another thread; returns a concurrent.futures.Future."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    result = concurrent.futures.Future()

    def copy_out(task):
        if result.cancelled():
            return
        if not result.set_running_or_notify_cancel():
            return
        if task.cancelled():
            result.cancel()
            return
        exc = task.exception()
        if exc is not None:
            result.set_exception(exc)
        else:
            result.set_result(task.result())

    def start():
        try:
            task = ensure_future(coro, loop=loop)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if result.set_running_or_notify_cancel():
                result.set_exception(exc)
            raise
        task.add_done_callback(copy_out)

        def cancel_task(f):
            if f.cancelled() and not loop.is_closed():
                loop.call_soon_threadsafe(task.cancel)
        result.add_done_callback(cancel_task)

    loop.call_soon_threadsafe(start)
    return result
