# modes: plain
# Coroutines stepped by asyncio's event loop: the events of the program's own frames only (the
# loop's frames differ: CPython's Task and Future are C, ours Python). Each resumption of a
# suspended coroutine is a 'call' at the await's line and each suspension a 'return' of the
# awaited object; a task's exception passes through its coroutines as 'exception' events.
import asyncio
import sys


async def leaf(n):
    await asyncio.sleep(0)
    if n < 0:
        raise ValueError(n)
    return n * 2


async def worker():
    total = await leaf(1)
    try:
        await leaf(-1)
    except ValueError:
        total += 10
    return total


async def entry():
    t = asyncio.create_task(worker())
    got = await t
    return got


def own_frames_only(frame, event, arg):
    if frame.f_code.co_filename != main.__code__.co_filename:
        return None
    if frame.f_code.co_name in ('own_frames_only', 'main'):
        return None
    if event == 'return' and arg is not None and not isinstance(arg, int):
        arg = type(arg).__name__
    log(fmt(frame, event, arg))
    return own_frames_only


def main():
    sys.settrace(own_frames_only)
    try:
        result = asyncio.run(entry())
    finally:
        sys.settrace(None)
    log('result ' + repr(result))
