"""Telling coroutines and coroutine functions apart from other objects."""

import collections.abc
import inspect
import types

__all__ = ('iscoroutinefunction', 'iscoroutine')

# Marks functions decorated with the long-gone @asyncio.coroutine style.
_is_coroutine = object()


def iscoroutinefunction(func):
    """True for `async def` functions (and functions marked as coroutine functions)."""
    return (inspect.iscoroutinefunction(func)
            or getattr(func, '_is_coroutine', None) is _is_coroutine)


def iscoroutine(obj):
    """True for coroutine objects, generator-based coroutines included."""
    return isinstance(obj, (types.CoroutineType, types.GeneratorType,
                            collections.abc.Coroutine))
