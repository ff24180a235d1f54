"""StreamReader: a byte buffer fed by a producer and read by tasks.

Taipan's own implementation. The buffer half of asyncio's streams: feed_data()
and feed_eof() on one side, read()/readline()/readexactly()/readuntil() and
`async for` on the other. There are no socket streams yet (no open_connection
or start_server); asyncio.subprocess feeds readers from its pipe threads.
"""

from . import events
from . import exceptions

__all__ = ('StreamReader',)

_DEFAULT_LIMIT = 2 ** 16


class StreamReader:
    """Bytes arriving over time; readers wait until enough has arrived (or EOF)."""

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = events.get_event_loop() if loop is None else loop
        self._buffer = bytearray()
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None

    def __repr__(self):
        parts = ['StreamReader']
        if self._buffer:
            parts.append(f'{len(self._buffer)} bytes')
        if self._eof:
            parts.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            parts.append(f'limit={self._limit}')
        if self._waiter is not None:
            parts.append(f'waiter={self._waiter!r}')
        if self._exception is not None:
            parts.append(f'exception={self._exception!r}')
        return '<' + ' '.join(parts) + '>'

    # -- the producer's side -------------------------------------------

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        self._wake(lambda w: w.set_exception(exc))

    def set_transport(self, transport):
        self._transport = transport

    def feed_data(self, data):
        if not data:
            return
        self._buffer.extend(data)
        self._wake(lambda w: w.set_result(None))

    def feed_eof(self):
        self._eof = True
        self._wake(lambda w: w.set_result(None))

    def at_eof(self):
        return self._eof and not self._buffer

    def _wake(self, how):
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.cancelled():
            how(waiter)

    async def _wait_for_more(self, caller):
        if self._waiter is not None:
            raise RuntimeError(f'{caller}() called while another coroutine is already '
                               f'waiting for incoming data')
        waiter = self._waiter = self._loop.create_future()
        try:
            await waiter
        finally:
            self._waiter = None

    def _take(self, n):
        chunk = bytes(self._buffer[:n])
        del self._buffer[:n]
        return chunk

    # -- the reader's side ---------------------------------------------

    async def read(self, n=-1):
        self._check_failed()
        if not n:
            return b''
        if n < 0:
            pieces = []
            while True:
                piece = await self.read(self._limit)
                if not piece:
                    return b''.join(pieces)
                pieces.append(piece)
        if not self._buffer and not self._eof:
            await self._wait_for_more('read')
        return self._take(n)

    def _check_failed(self):
        if self._exception is not None:
            raise self._exception

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        self._check_failed()
        while len(self._buffer) < n:
            if self._eof:
                partial = self._take(len(self._buffer))
                raise exceptions.IncompleteReadError(partial, n)
            await self._wait_for_more('readexactly')
        return self._take(n)

    async def readuntil(self, separator=b'\n'):
        if not separator:
            raise ValueError('Separator should be at least one-byte string')
        self._check_failed()
        searched_from = 0
        while True:
            found = self._buffer.find(separator, searched_from)
            if found >= 0:
                end = found + len(separator)
                if end > self._limit:
                    raise exceptions.LimitOverrunError(
                        'Separator is found, but chunk is longer than limit', found)
                return self._take(end)
            searched_from = max(0, len(self._buffer) + 1 - len(separator))
            if searched_from > self._limit:
                raise exceptions.LimitOverrunError(
                    'Separator is not found, and chunk exceed the limit', searched_from)
            if self._eof:
                rest = self._take(len(self._buffer))
                raise exceptions.IncompleteReadError(rest, None)
            await self._wait_for_more('readuntil')

    async def readline(self):
        try:
            return await self.readuntil(b'\n')
        except exceptions.IncompleteReadError as end:
            return end.partial
        except exceptions.LimitOverrunError as too_long:
            # Drop what was scanned (and the separator, if there) before reporting.
            if self._buffer.startswith(b'\n', too_long.consumed):
                del self._buffer[:too_long.consumed + 1]
            else:
                self._buffer.clear()
            raise ValueError(too_long.args[0])

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b'':
            raise StopAsyncIteration
        return line


class StreamWriter:
    """Writes to a blocking file object (a child's stdin) through worker threads.

    write() only buffers; drain() hands the buffered bytes to a thread and
    waits for it; close() flushes what is left and closes the file.
    """

    def __init__(self, pipe, loop, on_closed=None):
        self._pipe = pipe
        self._loop = loop
        self._pending = bytearray()
        self._closing = None
        # Called (in the flushing thread) once the file is closed.
        self._on_closed = on_closed

    def __repr__(self):
        return f'<StreamWriter {"closing" if self._closing else "open"}>'

    @property
    def transport(self):
        return None

    def write(self, data):
        self._pending.extend(data)

    def writelines(self, data):
        for chunk in data:
            self.write(chunk)

    def can_write_eof(self):
        return True

    def write_eof(self):
        self.close()

    def is_closing(self):
        return self._closing is not None

    def _flush_in_thread(self, close):
        data = bytes(self._pending)
        self._pending.clear()
        pipe = self._pipe

        def flush():
            try:
                if data:
                    pipe.write(data)
                    pipe.flush()
            except BrokenPipeError:
                pass
            finally:
                if close:
                    pipe.close()
                    if self._on_closed is not None:
                        self._on_closed()
        return self._loop.run_in_executor(None, flush)

    async def drain(self):
        if self._closing is not None:
            await self._closing
            return
        await self._flush_in_thread(close=False)

    def close(self):
        if self._closing is None:
            self._closing = self._flush_in_thread(close=True)

    async def wait_closed(self):
        if self._closing is not None:
            await self._closing

    def get_extra_info(self, name, default=None):
        return default
