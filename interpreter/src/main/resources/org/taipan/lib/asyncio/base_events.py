"""The event loop: a ready queue of callbacks, a heap of timers, and a wait between.

Taipan's own implementation. One turn of the loop (_run_once) waits until
the first timer is due (not at all when callbacks are ready), moves the due
timers to the ready queue, then runs exactly the callbacks that were ready at
that moment; callbacks they schedule wait for the next turn. Other threads
hand work over with call_soon_threadsafe, which wakes the wait. There is no
selector yet: sockets, pipes and subprocesses are not supported.
"""

import collections
import heapq
import logging
import math
import os
import sys
import threading
import time

from . import events
from . import futures
from . import coroutines
from .exceptions import CancelledError

__all__ = ('BaseEventLoop',)

logger = logging.getLogger('asyncio')


def _run_until_complete_cb(fut):
    # run_until_complete's done callback. A task ended by SystemExit or
    # KeyboardInterrupt has already stopped the loop by raising through it.
    fatal = (not fut.cancelled()
             and isinstance(fut.exception(), (SystemExit, KeyboardInterrupt)))
    if not fatal:
        fut.get_loop().stop()


def _task_class():
    # tasks imports this module; the class is looked up once, at the first task.
    global _task_class
    from .tasks import Task
    _task_class = lambda: Task
    return Task


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._ready = collections.deque()
        self._scheduled = []
        self._timer_count = 0
        self._stopping = False
        self._closed = False
        self._thread_id = None
        self._clock_resolution = time.get_clock_info('monotonic').resolution
        self._exception_handler = None
        self._debug = sys.flags.dev_mode or bool(os.environ.get('PYTHONASYNCIODEBUG'))
        self._task_factory = None
        self._default_executor = None
        self._executor_shutdown_called = False
        self._asyncgens = []
        self._asyncgens_shutdown_called = False
        self._saved_hooks = None
        self._wakeup = threading.Condition(threading.Lock())
        self.slow_callback_duration = 0.1

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # -- state ---------------------------------------------------------

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def time(self):
        return time.monotonic()

    # -- running -------------------------------------------------------

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._saved_hooks = sys.get_asyncgen_hooks()
        self._thread_id = threading.get_ident()
        sys.set_asyncgen_hooks(firstiter=self._track_asyncgen, finalizer=None)
        events._set_running_loop(self)
        try:
            stop_now = False
            while not stop_now:
                self._run_once()
                stop_now = self._stopping
        finally:
            events._set_running_loop(None)
            self._thread_id = None
            self._stopping = False
            firstiter, finalizer = self._saved_hooks
            sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        from . import tasks
        made_here = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if made_here and future.done() and not future.cancelled():
                # Raised out of run_forever already: nothing left to report.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if future.done():
            return future.result()
        raise RuntimeError('Event loop stopped before Future completed.')

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        futures._report_unretrieved(self)
        self._closed = self._executor_shutdown_called = True
        self._ready.clear()
        del self._scheduled[:]
        executor, self._default_executor = self._default_executor, None
        if executor is not None:
            executor.shutdown(wait=False)

    def _wait_for_work(self, timeout):
        # Sleeps until `timeout` passes or another thread schedules a callback.
        with self._wakeup:
            if self._ready:
                return
            if timeout is None:
                self._wakeup.wait()
            elif timeout > 0:
                self._wakeup.wait(timeout)

    def _run_once(self):
        scheduled = self._scheduled
        while scheduled and scheduled[0]._cancelled:
            heapq.heappop(scheduled)._scheduled = False
        if self._ready or self._stopping:
            timeout = 0
        elif scheduled:
            timeout = max(0, scheduled[0]._when - self.time())
        else:
            timeout = None
        if timeout != 0:
            if timeout is not None:
                # Whole milliseconds, rounded up, as CPython's epoll selector waits: timers
                # due within the same millisecond then run in the same turn.
                timeout = math.ceil(timeout * 1e3) * 1e-3
            self._wait_for_work(timeout)
        due_before = self.time() + self._clock_resolution
        while scheduled and scheduled[0]._when < due_before:
            handle = heapq.heappop(scheduled)
            handle._scheduled = False
            self._ready.append(handle)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()

    # -- scheduling ----------------------------------------------------

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def _check_thread(self):
        if self._thread_id is not None and self._thread_id != threading.get_ident():
            raise RuntimeError('Non-thread-safe operation invoked on an event loop other '
                               'than the current one')

    def call_soon(self, callback, *args, context=None):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        with self._wakeup:
            self._wakeup.notify()
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
            self._check_thread()
        self._timer_count += 1
        timer = events.TimerHandle(when, callback, args, self, context)
        timer._seq = self._timer_count
        timer._scheduled = True
        heapq.heappush(self._scheduled, timer)
        return timer

    def _timer_handle_cancelled(self, handle):
        pass

    # -- futures and tasks ---------------------------------------------

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            return _task_class()(coro, loop=self, name=name, context=context)
        if context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        if name is not None:
            task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- threads -------------------------------------------------------

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            if self._default_executor is None:
                import concurrent.futures
                self._default_executor = concurrent.futures.ThreadPoolExecutor(
                    thread_name_prefix='asyncio')
            executor = self._default_executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        import concurrent.futures
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is None:
            return
        finished = self.create_future()

        def shut_down():
            try:
                executor.shutdown(wait=True)
            finally:
                if not self.is_closed():
                    self.call_soon_threadsafe(futures._set_result_unless_cancelled,
                                              finished, None)

        worker = threading.Thread(target=shut_down)
        worker.start()
        try:
            await finished
        finally:
            worker.join()

    # -- async generators ----------------------------------------------

    def _track_asyncgen(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(f'asynchronous generator {agen!r} was scheduled after '
                          f'loop.shutdown_asyncgens() call', ResourceWarning, source=self)
        self._asyncgens.append(agen)

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        closing = self._asyncgens
        self._asyncgens = []
        from . import tasks
        outcomes = await tasks.gather(*[agen.aclose() for agen in closing],
                                      return_exceptions=True)
        for outcome, agen in zip(outcomes, closing):
            if isinstance(outcome, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous '
                               f'generator {agen!r}',
                    'exception': outcome,
                    'asyncgen': agen,
                })

    # -- errors --------------------------------------------------------

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Logs the context on the 'asyncio' logger: its message, the other keys, the traceback."""
        lines = [context.get('message') or 'Unhandled exception in event loop']
        for key in sorted(k for k in context if k not in ('message', 'exception')):
            value = context[key]
            if key in ('source_traceback', 'handle_traceback'):
                import traceback
                where = ''.join(traceback.format_list(value)).rstrip()
                title = 'Object created at' if key == 'source_traceback' else 'Handle created at'
                lines.append(f'{title} (most recent call last):\n{where}')
            else:
                lines.append(f'{key}: {value!r}')
        error = context.get('exception')
        exc_info = False if error is None else (type(error), error, error.__traceback__)
        logger.error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        handler = self._exception_handler
        if handler is not None:
            try:
                handler(self, context)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                # The handler itself failed: report that, with what it was given.
                context = {'message': 'Unhandled error in exception handler',
                           'exception': exc, 'context': context}
                fallback = ('Exception in default exception handler while handling an '
                            'unexpected error in custom exception handler')
        else:
            fallback = 'Exception in default exception handler'
        try:
            self.default_exception_handler(context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException:
            logger.error(fallback, exc_info=True)


class _UnixSelectorEventLoop(BaseEventLoop):
    """The default loop (named as CPython's on POSIX, as its repr shows the name)."""


SelectorEventLoop = _UnixSelectorEventLoop
