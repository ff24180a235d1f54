"""asyncio.run and asyncio.Runner: run a coroutine on a fresh loop, then clean up.

Taipan's own implementation. Cleaning up means: cancel the tasks still
pending and wait for them, close the async generators the loop saw, shut the
default executor down, then close the loop.
"""

import contextvars

from . import coroutines
from . import events
from . import exceptions
from . import tasks

__all__ = ('Runner', 'run')

_FRESH, _READY, _DONE = 'created', 'initialized', 'closed'


class Runner:
    """A context manager owning one event loop for several run() calls."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._phase = _FRESH
        self._wanted_debug = debug
        self._make_loop = loop_factory
        self._loop = None
        self._base_context = None
        self._interrupt_count = 0
        self._installed_loop = False

    def __enter__(self):
        self._prepare()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def get_loop(self):
        self._prepare()
        return self._loop

    def run(self, coro, *, context=None):
        if not coroutines.iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if events._get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._prepare()
        main = self._loop.create_task(
            coro, context=self._base_context if context is None else context)
        self._interrupt_count = 0
        try:
            return self._loop.run_until_complete(main)
        except exceptions.CancelledError:
            # Cancelled by our Ctrl-C handling rather than by the program itself.
            if self._interrupt_count and main.uncancel() == 0:
                raise KeyboardInterrupt()
            raise

    def close(self):
        if self._phase != _READY:
            return
        loop = self._loop
        try:
            _cancel_leftovers(loop)
            for cleanup in (loop.shutdown_asyncgens, loop.shutdown_default_executor):
                loop.run_until_complete(cleanup())
        finally:
            if self._installed_loop:
                events.set_event_loop(None)
            loop.close()
            self._loop, self._phase = None, _DONE

    def _prepare(self):
        if self._phase == _DONE:
            raise RuntimeError('Runner is closed')
        if self._phase == _READY:
            return
        if self._make_loop is not None:
            self._loop = self._make_loop()
        else:
            self._loop = events.new_event_loop()
            if not self._installed_loop:
                events.set_event_loop(self._loop)
                self._installed_loop = True
        if self._wanted_debug is not None:
            self._loop.set_debug(self._wanted_debug)
        self._base_context = contextvars.copy_context()
        self._phase = _READY


def run(main, *, debug=None):
    """Runs the coroutine `main` on a new event loop and returns its result."""
    if events._get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_leftovers(loop):
    """Cancels the loop's unfinished tasks, waits for them, reports their failures."""
    leftovers = tasks.all_tasks(loop)
    if not leftovers:
        return
    for task in leftovers:
        task.cancel()
    loop.run_until_complete(tasks.gather(*leftovers, return_exceptions=True))
    failed = [t for t in leftovers if not t.cancelled() and t.exception() is not None]
    for task in failed:
        error = task.exception()
        loop.call_exception_handler({'message': 'unhandled exception during asyncio.run() shutdown',
                                     'exception': error, 'task': task})
