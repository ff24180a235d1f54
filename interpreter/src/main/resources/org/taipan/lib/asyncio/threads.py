"""asyncio.to_thread: run a blocking function in the loop's default executor."""

import contextvars
import functools

from . import events

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) in a worker thread, in a copy of the current context."""
    loop = events.get_running_loop()
    ctx = contextvars.copy_context()
    return await loop.run_in_executor(None, functools.partial(ctx.run, func, *args, **kwargs))
