"""IsolatedAsyncioTestCase: a TestCase whose test methods, set-up, tear-down and cleanups
may be coroutines; each test runs in an event loop of its own."""

import inspect
import warnings

from .case import TestCase

# no __unittest marker here: as in CPython, tracebacks of failing tests show this module's
# frames (and the event loop's) above the test's own


class IsolatedAsyncioTestCase(TestCase):
    """Runs every test in a fresh asyncio.Runner (debug mode), all parts of one test sharing
    one contextvars context: setUp, then asyncSetUp, the test, asyncTearDown, tearDown, and
    the cleanups (async ones awaited)."""

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._asyncioRunner = None
        self._asyncioTestContext = None

    async def asyncSetUp(self):
        """Awaited after setUp."""

    async def asyncTearDown(self):
        """Awaited before tearDown."""

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        """Registers a coroutine function to be awaited among the cleanups."""
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        """Enters the asynchronous context manager cm now and exits it among the cleanups;
        returns what __aenter__ gave."""
        kind = type(cm)
        try:
            enter = kind.__aenter__
            leave = kind.__aexit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not support "
                            f"the asynchronous context manager protocol") from None
        value = await enter(cm)
        self.addAsyncCleanup(leave, cm, None, None, None)
        return value

    # each step runs in the test's context; coroutine functions run on the test's loop

    def _in_context(self, func, /, *args, **kwargs):
        if inspect.iscoroutinefunction(func):
            return self._asyncioRunner.run(func(*args, **kwargs),
                                           context=self._asyncioTestContext)
        return self._asyncioTestContext.run(func, *args, **kwargs)

    def _callSetUp(self):
        # create the loop first, so that setUp can already find it with get_event_loop()
        self._asyncioRunner.get_loop()
        self._in_context(self.setUp)
        self._in_context(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._in_context(method) is not None:
            warnings.warn(f'It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._in_context(self.asyncTearDown)
        self._in_context(self.tearDown)

    def _callCleanup(self, function, *args, **kwargs):
        self._in_context(function, *args, **kwargs)

    def _start_loop(self):
        import asyncio
        import contextvars
        self._asyncioRunner = asyncio.Runner(debug=True)
        self._asyncioTestContext = contextvars.copy_context()

    def _stop_loop(self):
        runner, self._asyncioRunner = self._asyncioRunner, None
        if runner is not None:
            runner.close()

    def run(self, result=None):
        self._start_loop()
        try:
            return super().run(result)
        finally:
            self._stop_loop()

    def debug(self):
        self._start_loop()
        super().debug()
        self._stop_loop()

    def __del__(self):
        if getattr(self, '_asyncioRunner', None) is not None:
            self._stop_loop()
