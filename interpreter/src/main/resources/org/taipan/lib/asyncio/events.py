"""Callback handles, the loop policy and the functions that find the current loop.

Taipan's own implementation.
"""

import threading

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'Handle', 'TimerHandle',
           'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop',
           'set_event_loop', 'new_event_loop', 'get_running_loop', '_get_running_loop')


def _callback_text(fn, args):
    from .futures import _describe_callback
    text = _describe_callback(fn)
    if args:
        # "f() at file:line" becomes "f(1, 2) at file:line"
        inner = ', '.join(repr(a) for a in args)
        head, sep, tail = text.partition('()')
        text = head + '(' + inner + ')' + tail
    return text


class Handle:
    """A callback scheduled on a loop; cancel() keeps it from running."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_repr', '_context',
                 '_source_traceback', '__weakref__')

    def __init__(self, callback, args, loop, context=None):
        self._loop, self._callback, self._args = loop, callback, args
        if context is None:
            import contextvars
            context = contextvars.copy_context()
        self._context = context
        self._cancelled = False
        self._repr = self._source_traceback = None

    def _repr_info(self):
        parts = [self.__class__.__name__]
        if self._cancelled:
            parts.append('cancelled')
        if self._callback is not None:
            parts.append(_callback_text(self._callback, self._args))
        return parts

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<' + ' '.join(self._repr_info()) + '>'

    def get_context(self):
        return self._context

    def cancelled(self):
        return self._cancelled

    def cancel(self):
        if self._cancelled:
            return
        if self._loop.get_debug():
            # Debug mode keeps the description of what was cancelled.
            self._repr = repr(self)
        self._cancelled = True
        self._callback = self._args = None

    def _run(self):
        callback, args = self._callback, self._args
        try:
            self._context.run(callback, *args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {_callback_text(callback, args)}',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A Handle that waits until the loop's clock reaches `when`."""

    __slots__ = ('_scheduled', '_when', '_seq')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False
        self._seq = 0

    def _repr_info(self):
        parts = super()._repr_info()
        parts.insert(2 if self._cancelled else 1, f'when={self._when}')
        return parts

    # Ordered by due time; timers due at the same time keep their scheduling order.
    def _key(self):
        return (self._when, self._seq)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._key() >= other._key()
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback
                    and self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    __hash__ = Handle.__hash__

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()


class AbstractEventLoop:
    """The interface of an event loop: every method raises NotImplementedError here."""


def _not_implemented(self, *args, **kwargs):
    raise NotImplementedError


for _name in ('run_forever', 'run_until_complete', 'stop', 'is_running', 'is_closed',
              'close', 'shutdown_asyncgens', 'shutdown_default_executor', 'call_soon',
              'call_later', 'call_at', 'time', 'create_future', 'create_task',
              'call_soon_threadsafe', 'run_in_executor', 'set_default_executor',
              'set_task_factory', 'get_task_factory', 'get_exception_handler',
              'set_exception_handler', 'default_exception_handler',
              'call_exception_handler', 'get_debug', 'set_debug'):
    setattr(AbstractEventLoop, _name, _not_implemented)
del _name


class AbstractEventLoopPolicy:
    """Decides what get_event_loop() returns, and makes new loops."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One loop per thread; the main thread gets one made on first demand."""

    class _PerThread(threading.local):
        loop = None
        set_called = False

    def __init__(self):
        self._local = self._PerThread()

    def get_event_loop(self):
        local = self._local
        if (local.loop is None and not local.set_called
                and threading.current_thread() is threading.main_thread()):
            self.set_event_loop(self.new_event_loop())
        if local.loop is None:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % threading.current_thread().name)
        return local.loop

    def set_event_loop(self, loop):
        from .base_events import BaseEventLoop
        self._local.set_called = True
        if loop is not None and not isinstance(loop, (BaseEventLoop, AbstractEventLoop)):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not "
                            f"'{type(loop).__name__}'")
        self._local.loop = loop

    def new_event_loop(self):
        from .base_events import _UnixSelectorEventLoop
        return _UnixSelectorEventLoop()


_policy = None
_policy_lock = threading.Lock()


class _RunningLoop(threading.local):
    loop = None
    pid = None


_running = _RunningLoop()


def _get_running_loop():
    """The loop running in this thread, or None."""
    return _running.loop


def _set_running_loop(loop):
    _running.loop = loop


def get_running_loop():
    loop = _running.loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop_policy():
    global _policy
    if _policy is None:
        with _policy_lock:
            if _policy is None:
                _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _policy = policy


def get_event_loop():
    """The running loop if there is one, else the policy's loop for this thread."""
    loop = _running.loop
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def _get_event_loop(stacklevel=3):
    return get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()
