"""Tools for writing and combining context managers (Taipan's own implementation)."""

import abc
import os
import sys
from collections import deque
from functools import wraps
from types import GenericAlias, MethodType

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager", "AsyncExitStack",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress", "aclosing", "chdir"]


def _defines_all(cls, names):
    # The structural test behind the ABCs' isinstance checks: every name is
    # found somewhere on the MRO, and not blanked out with None.
    for name in names:
        for klass in cls.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


# --- abstract bases ------------------------------------------------------------------------

class AbstractContextManager(abc.ABC):
    """Base for classes usable in a with statement; __enter__ returns self."""

    __class_getitem__ = classmethod(GenericAlias)
    __slots__ = ()

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _defines_all(C, ('__enter__', '__exit__'))
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):
    """Base for classes usable in an async with statement; __aenter__ returns self."""

    __class_getitem__ = classmethod(GenericAlias)
    __slots__ = ()

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _defines_all(C, ('__aenter__', '__aexit__'))
        return NotImplemented


# --- using a context manager as a decorator ------------------------------------------------

class ContextDecorator(object):
    """Mixin letting a context manager decorate a function: each call runs inside it."""

    def _recreate_cm(self):
        # A fresh manager for each call; the base reuses this one.
        return self

    def __call__(self, func):
        def call_inside(*args, **kwargs):
            manager = self._recreate_cm()
            with manager:
                return func(*args, **kwargs)
        return wraps(func)(call_inside)


class AsyncContextDecorator(object):
    """Mixin letting an async context manager decorate a coroutine function."""

    _recreate_cm = ContextDecorator._recreate_cm

    def __call__(self, func):
        async def await_inside(*args, **kwargs):
            manager = self._recreate_cm()
            async with manager:
                return await func(*args, **kwargs)
        return wraps(func)(await_inside)


# --- managers made from generators ---------------------------------------------------------

class _GeneratorContextManagerBase:
    """What the two generator-backed managers share: the generator and its recipe."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        # The manager stands in for the decorated function, so it shows the
        # function's docstring when there is one.
        doc = getattr(func, '__doc__', None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        # Generators run once; each decorated call needs a new one.
        return self.__class__(self.func, self.args, self.kwds)

    def _forget_recipe(self):
        del self.args, self.kwds, self.func


_EXHAUSTED = object()    # what next() gives for a generator that has finished


def _passed_through(raised, sent, traceback):
    """Whether `raised`, coming out of the generator, is really `sent` (the body's error).

    Either it is the very object, or it is the RuntimeError a generator makes of
    a Stop(Async)Iteration that escaped it (PEP 479).  In both cases the body's
    error keeps the traceback it had, as if no generator had been involved.
    """
    if raised is sent:
        raised.__traceback__ = traceback
        return True
    if (isinstance(raised, RuntimeError) and raised.__cause__ is sent
            and isinstance(sent, (StopIteration, StopAsyncIteration))):
        sent.__traceback__ = traceback
        return True
    return False


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """A context manager running a generator: before its yield on entry, after it on exit."""

    def __enter__(self):
        self._forget_recipe()
        try:
            produced = next(self.gen)
        except StopIteration:
            # Chained to the StopIteration, but shown without it.
            raise RuntimeError("generator didn't yield") from None
        return produced

    def __exit__(self, typ, value, traceback):
        if typ is None:
            if next(self.gen, _EXHAUSTED) is _EXHAUSTED:
                return False
            self._give_up("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as stopped:
            # The generator finished, swallowing the error (unless the error
            # was itself this StopIteration).
            return stopped is not value
        except BaseException as raised:
            if _passed_through(raised, value, traceback):
                return False
            raise
        self._give_up("generator didn't stop after throw()")

    def _give_up(self, message):
        try:
            raise RuntimeError(message)
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """An async context manager running an async generator around its yield."""

    async def _advance(self):
        # True when the generator yielded, False when it finished.
        try:
            await self.gen.__anext__()
        except StopAsyncIteration:
            return False
        return True

    async def __aenter__(self):
        self._forget_recipe()
        try:
            produced = await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None
        return produced

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            if not await self._advance():
                return False
            await self._give_up("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except StopAsyncIteration as stopped:
            return stopped is not value
        except BaseException as raised:
            if _passed_through(raised, value, traceback):
                return False
            raise
        await self._give_up("generator didn't stop after athrow()")

    async def _give_up(self, message):
        try:
            raise RuntimeError(message)
        finally:
            await self.gen.aclose()


def contextmanager(func):
    """Decorator: a generator function yielding once becomes a context manager factory.

    The code before the yield runs on entry (the yielded value is what `as`
    binds), the code after it on exit; an exception in the block is raised
    at the yield.
    """
    return _manager_factory(_GeneratorContextManager, func)


def asynccontextmanager(func):
    """Decorator: the async-generator counterpart of contextmanager."""
    return _manager_factory(_AsyncGeneratorContextManager, func)


def _manager_factory(manager_class, func):
    # Calling the result makes one manager around one fresh generator.
    def make_manager(*args, **kwargs):
        return manager_class(func, args, kwargs)
    return wraps(func)(make_manager)


# --- small ready-made managers -------------------------------------------------------------

class closing(AbstractContextManager):
    """Hands out `thing` and calls thing.close() when the block ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        """Returns the thing to be closed."""
        return self.thing

    def __exit__(self, *exc_info):
        """Closes the thing, whatever happened in the block."""
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Hands out `thing` and awaits thing.aclose() when the async block ends."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        """Returns the thing to be closed."""
        return self.thing

    async def __aexit__(self, *exc_info):
        """Closes the thing, whatever happened in the block."""
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    """Swaps one sys stream (named by `_stream`) for another while the block runs."""

    _stream = None

    def __init__(self, new_target):
        self._replacement = new_target
        # A stack, so that one instance can be entered again while active.
        self._saved = []

    def __enter__(self):
        name = self._stream
        self._saved.append(getattr(sys, name))
        setattr(sys, name, self._replacement)
        return self._replacement

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._saved.pop())


class redirect_stdout(_RedirectStream):
    """Sends sys.stdout to another file object while the block runs."""

    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """Sends sys.stderr to another file object while the block runs."""

    _stream = 'stderr'


class suppress(AbstractContextManager):
    """Silently ends the block on any of the given exception types."""

    def __init__(self, *exceptions):
        self._silenced = exceptions

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._silenced)

    def __enter__(self):
        return None


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Does nothing; hands out `enter_result`.  A stand-in where a manager is optional."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    async def __aenter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        return None

    async def __aexit__(self, *excinfo):
        return None


class chdir(AbstractContextManager):
    """Changes the working directory for the block, then goes back."""

    def __init__(self, path):
        self.path = path
        self._previous = []

    def __enter__(self):
        here = os.getcwd()
        os.chdir(self.path)
        self._previous.append(here)

    def __exit__(self, *excinfo):
        os.chdir(self._previous.pop())


# --- exit stacks ---------------------------------------------------------------------------

def _lookup_protocol(cm, enter_name, exit_name, what):
    # Special methods are looked up on the type, as the with statement does.
    cls = type(cm)
    try:
        return getattr(cls, enter_name), getattr(cls, exit_name)
    except AttributeError:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        f"not support the {what} protocol") from None


class _ExceptionChain:
    """Keeps the __context__ links right while an exit stack unwinds.

    Each callback runs as if it were the exit of a nested with statement: an
    exception it raises should have the previous pending exception as its
    context.  Python links it instead to whatever was being handled when the
    stack's __exit__ began (`outer`), so the link is moved.
    """

    def __init__(self):
        self.outer = sys.exc_info()[1]

    def relink(self, raised, pending):
        link = raised
        while True:
            context = link.__context__
            if context is None or context is pending:
                return
            if context is self.outer:
                break
            link = context
        link.__context__ = pending

    @staticmethod
    def reraise(exc):
        # `raise` would point the exception's context at `outer` again.
        context = exc.__context__
        try:
            raise exc
        except BaseException:
            exc.__context__ = context
            raise


class _BaseExitStack:
    """The callback stack both exit stacks unwind, newest first."""

    def __init__(self):
        # (is_sync, callback) pairs; async ones are awaited by AsyncExitStack.
        self._exit_callbacks = deque()

    def pop_all(self):
        """Moves every callback to a new stack of this type and returns it."""
        taken = type(self)()
        taken._exit_callbacks, self._exit_callbacks = self._exit_callbacks, deque()
        return taken

    def push(self, exit):
        """Adds a context manager's __exit__, or an exit-like callable.

        Returns `exit`, so that this can be used as a decorator.
        """
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, MethodType(exit_method, exit)))
        return exit

    def enter_context(self, cm):
        """Enters `cm`, schedules its exit, and returns what __enter__ returned."""
        enter, exit = _lookup_protocol(cm, '__enter__', '__exit__', 'context manager')
        result = enter(cm)
        self._exit_callbacks.append((True, MethodType(exit, cm)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Schedules callback(*args, **kwds); it does not see the exception.  Returns callback."""
        def exit_callback(exc_type, exc, tb):
            callback(*args, **kwds)
        exit_callback.__wrapped__ = callback
        self._exit_callbacks.append((True, exit_callback))
        return callback


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager that runs a growing list of exit callbacks at its end.

    Callbacks run newest first, each seeing the exception left by the ones
    before it, exactly as nested with statements would.
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_error = exc_details[0] is not None
        chain = _ExceptionChain()
        swallowed = False
        must_raise = False
        while self._exit_callbacks:
            _, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    swallowed, must_raise = True, False
                    exc_details = (None, None, None)
            except BaseException as raised:
                chain.relink(raised, exc_details[1])
                must_raise = True
                exc_details = (type(raised), raised, raised.__traceback__)
        if must_raise:
            _ExceptionChain.reraise(exc_details[1])
        return had_error and swallowed

    def close(self):
        """Runs and removes all callbacks now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """The async exit stack: takes async context managers and coroutine callbacks too."""

    async def enter_async_context(self, cm):
        """Enters async `cm`, schedules its exit, and returns what __aenter__ returned."""
        enter, exit = _lookup_protocol(cm, '__aenter__', '__aexit__',
                                       'asynchronous context manager')
        result = await enter(cm)
        self._exit_callbacks.append((False, MethodType(exit, cm)))
        return result

    def push_async_exit(self, exit):
        """Adds an async manager's __aexit__, or a coroutine function like one.  Returns exit."""
        try:
            exit_method = type(exit).__aexit__
        except AttributeError:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, MethodType(exit_method, exit)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Schedules `await callback(*args, **kwds)`.  Returns callback."""
        async def exit_callback(exc_type, exc, tb):
            await callback(*args, **kwds)
        exit_callback.__wrapped__ = callback
        self._exit_callbacks.append((False, exit_callback))
        return callback

    async def aclose(self):
        """Runs and removes all callbacks now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        had_error = exc_details[0] is not None
        chain = _ExceptionChain()
        swallowed = False
        must_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                verdict = cb(*exc_details) if is_sync else await cb(*exc_details)
                if verdict:
                    swallowed, must_raise = True, False
                    exc_details = (None, None, None)
            except BaseException as raised:
                chain.relink(raised, exc_details[1])
                must_raise = True
                exc_details = (type(raised), raised, raised.__traceback__)
        if must_raise:
            _ExceptionChain.reraise(exc_details[1])
        return had_error and swallowed
