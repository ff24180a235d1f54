"""asyncio.Future: a result that arrives later, with callbacks run by the loop.

Taipan's own implementation. A Future is PENDING until set_result,
set_exception or cancel; then each done callback is scheduled on the loop
(call_soon, in the order they were added), never called directly.
"""

import sys
import concurrent.futures as _cf
import contextvars

from . import events
from .exceptions import CancelledError, InvalidStateError

__all__ = ('Future', 'wrap_future', 'isfuture')

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

# Futures whose exception nobody has looked at yet. CPython reports them when
# the Future is garbage collected; the JVM gives no prompt moment for that, so
# they are reported when their loop closes (or at exit), in the order they failed.
_unretrieved = []


def isfuture(obj):
    """True for asyncio Futures and objects that behave like them (duck typing)."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


def _describe_callback(fn):
    """How a callback shows in a repr: its name, and where it was defined."""
    import functools
    if isinstance(fn, functools.partial):
        inner = _describe_callback(fn.func)
        args = ', '.join([_short(repr(a)) for a in fn.args]
                         + [f'{k}={_short(repr(v))}' for k, v in fn.keywords.items()])
        head, _, tail = inner.partition('()')
        return f'{head}({args})(){tail}'
    if getattr(fn, '_asyncio_builtin', False):
        # Shown as CPython shows its callbacks written in C: no source location.
        return f'{fn.__qualname__}()'
    code = getattr(fn, '__code__', None)
    name = getattr(fn, '__qualname__', None) or getattr(fn, '__name__', None) or repr(fn)
    if code is None:
        func = getattr(fn, '__func__', None)
        code = getattr(func, '__code__', None)
    if code is not None:
        return f'{name}() at {code.co_filename}:{code.co_firstlineno}'
    return f'{name}()'


def _describe_callbacks(callbacks):
    names = [_describe_callback(fn) for fn, _ in callbacks]
    if len(names) > 2:
        names = [names[0], f'<{len(names) - 2} more>', names[-1]]
    return 'cb=[' + ', '.join(names) + ']'


def _short(text, limit=30):
    # Long reprs inside a repr are cut in the middle, as reprlib does.
    if len(text) <= limit:
        return text
    keep = (limit - 3) // 2
    return text[:keep] + '...' + text[len(text) - (limit - 3 - keep):]


class Future:
    """A value or exception that will be set later, usable with await."""

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    # Set to True while a Task waits on this future (the duck-typing marker of isfuture()).
    _asyncio_future_blocking = False
    __log_traceback = False

    def __init__(self, *, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._callbacks = []

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    @property
    def _log_traceback(self):
        return self.__log_traceback

    @_log_traceback.setter
    def _log_traceback(self, value):
        if value:
            raise ValueError('_log_traceback can only be set to False')
        self.__log_traceback = False

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    # -- the state -----------------------------------------------------

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def _make_cancelled_error(self):
        # The CancelledError that ended a task's coroutine is handed on once,
        # as it is; after that (and for plain futures) a new one carries the
        # cancel() message.
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        exc, value = self._outcome()
        if exc is not None:
            raise exc
        return value

    def _outcome(self):
        """(exception, None) or (None, result): what result() raises or returns.

        The stored traceback goes with the first retrieval only; later ones
        start afresh, as CPython's futures do.
        """
        state = self._state
        if state == _CANCELLED:
            return self._make_cancelled_error(), None
        if state != _FINISHED:
            return InvalidStateError('Result is not set.'), None
        self.__log_traceback = False
        if self._exception is not None:
            tb = self._exception_tb
            self._exception_tb = None
            return self._exception.with_traceback(tb), None
        return None, self._result

    def exception(self):
        exc, value = self._exception_outcome()
        if exc is not None:
            raise exc
        return value

    def _exception_outcome(self):
        """(exception to raise, None) or (None, the exception set or None)."""
        state = self._state
        if state == _CANCELLED:
            return self._make_cancelled_error(), None
        if state != _FINISHED:
            return InvalidStateError('Exception is not set.'), None
        self.__log_traceback = False
        return None, self._exception

    def cancel(self, msg=None):
        self.__log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        if self._callbacks:
            self.__schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration or isinstance(exception, StopIteration):
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self.__schedule_callbacks()
        self.__log_traceback = True
        _unretrieved.append(self)

    # -- callbacks -----------------------------------------------------

    def add_done_callback(self, fn, *, context=None):
        if context is None:
            context = contextvars.copy_context()
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        kept = [(f, ctx) for f, ctx in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def __schedule_callbacks(self):
        pending = self._callbacks[:]
        if not pending:
            return
        self._callbacks[:] = []
        for fn, ctx in pending:
            self._loop.call_soon(fn, self, context=ctx)

    # -- repr and await ------------------------------------------------

    def _repr_info(self):
        state = self._state.lower()
        parts = [state]
        if self._state == _FINISHED:
            if self._exception is not None:
                parts.append(f'exception={self._exception!r}')
            else:
                parts.append(f'result={_short(repr(self._result))}')
        if self._callbacks:
            parts.append(_describe_callbacks(self._callbacks))
        return parts

    def __repr__(self):
        return f"<{self.__class__.__name__} {' '.join(self._repr_info())}>"

    def __await__(self):
        return _FutureIter(self)

    __iter__ = __await__


try:
    from _asyncio import FutureIter as _FutureIter, raising_method as _raising_method
except ImportError:
    def _FutureIter(fut):
        return _await_in_python(fut)

    def _await_in_python(fut):
        if not fut.done():
            fut._asyncio_future_blocking = True
            yield fut
        if not fut.done():
            raise RuntimeError("await wasn't used with future")
        exc, value = fut._outcome()
        if exc is not None:
            raise exc
        return value


else:
    # Raised from Java: no frame of these methods in the traceback, as with CPython's C futures.
    Future.result = _raising_method('result', '_outcome')
    Future.exception = _raising_method('exception', '_exception_outcome')


def _report_unretrieved(loop=None):
    """Reports the failed futures (of `loop`, or all) whose exception was never looked at."""
    global _unretrieved
    if loop is None:
        todo, _unretrieved = _unretrieved, []
    else:
        todo = [f for f in _unretrieved if f._loop is loop]
        _unretrieved = [f for f in _unretrieved if f._loop is not loop]
    for fut in todo:
        if not fut._Future__log_traceback:
            continue
        fut._Future__log_traceback = False
        kind = 'Task' if hasattr(fut, 'get_coro') else 'Future'
        context = {
            'message': f'{kind} exception was never retrieved',
            'exception': fut._exception,
            'future': fut,
        }
        fut._loop.call_exception_handler(context)


def _loop_of(fut):
    get_loop = getattr(fut, 'get_loop', None)
    return get_loop() if get_loop is not None else fut._loop


def _outcome_exception(fut):
    """The exception a finished Future would raise from result(), or None.

    Taken without calling result(), so the exception reaches the awaiting
    coroutine without frames of ours in its traceback (as CPython's C code).
    """
    if isinstance(fut, Future):
        return fut._outcome()[0]
    try:
        fut.result()
    except BaseException as exc:
        return exc
    return None


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def _copy_state(source, dest):
    """Copies a finished concurrent.futures.Future's outcome onto an asyncio Future."""
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
        return
    exc = source.exception()
    if exc is not None:
        dest.set_exception(exc)
    else:
        dest.set_result(source.result())


def wrap_future(future, *, loop=None):
    """An asyncio Future that follows a concurrent.futures.Future."""
    if isfuture(future):
        return future
    if not isinstance(future, _cf.Future):
        raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')
    if loop is None:
        loop = events.get_event_loop()
    mirror = loop.create_future()

    def on_source_done(src):
        if loop.is_closed():
            return
        loop.call_soon_threadsafe(_copy_state, src, mirror)

    def on_mirror_done(m):
        if m.cancelled():
            future.cancel()

    mirror.add_done_callback(on_mirror_done)
    future.add_done_callback(on_source_done)
    return mirror
