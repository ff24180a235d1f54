"""asyncio.subprocess: child processes whose pipes are asyncio streams.

Taipan's own implementation, on top of the subprocess module: the child is a
subprocess.Popen; threads read its stdout/stderr and feed StreamReaders, wait()
and stdin writes run in the loop's default executor. As with Taipan's Popen,
a child's output arrives when the child's pipe is read to the end, not
interactively.
"""

import functools
import subprocess
import threading

from . import events
from . import streams

__all__ = ('create_subprocess_exec', 'create_subprocess_shell', 'Process')

PIPE = subprocess.PIPE
STDOUT = subprocess.STDOUT
DEVNULL = subprocess.DEVNULL


def _pump(pipe, reader, loop):
    """Thread body: copies a pipe into a StreamReader, then marks the end."""
    try:
        while True:
            chunk = pipe.read(65536)
            if not chunk:
                break
            loop.call_soon_threadsafe(reader.feed_data, chunk)
    except (OSError, ValueError):
        pass
    finally:
        try:
            loop.call_soon_threadsafe(reader.feed_eof)
        except RuntimeError:
            pass    # the loop closed meanwhile


class Process:
    """A running child process (what create_subprocess_exec/_shell return)."""

    def __init__(self, popen, loop, limit):
        self._popen = popen
        self._loop = loop
        self.pid = popen.pid
        self.stdout = self._reader(popen.stdout, limit)
        self.stderr = self._reader(popen.stderr, limit)
        if popen.stdin is None:
            self.stdin = None
            self._start_pumps()
        else:
            # Taipan's Popen hands the child its input when stdin is closed, and reading
            # the output waits for the child: so the output is read only after that.
            self.stdin = streams.StreamWriter(popen.stdin, loop, on_closed=self._start_pumps)

    def _reader(self, pipe, limit):
        return None if pipe is None else streams.StreamReader(limit=limit, loop=self._loop)

    def _start_pumps(self):
        for pipe, reader in ((self._popen.stdout, self.stdout), (self._popen.stderr, self.stderr)):
            if reader is not None:
                threading.Thread(target=_pump, args=(pipe, reader, self._loop), daemon=True).start()

    def __repr__(self):
        return f'<Process {self.pid}>'

    @property
    def returncode(self):
        return self._popen.returncode

    async def wait(self):
        """Waits for the child to exit; returns its return code."""
        if self.stdin is not None and not self.stdin.is_closing():
            self.stdin.close()
        return await self._loop.run_in_executor(None, self._popen.wait)

    async def communicate(self, input=None):
        """Sends `input`, closes stdin, reads stdout and stderr to the end, waits for exit."""
        if self.stdin is not None:
            if input is not None:
                self.stdin.write(input)
            self.stdin.close()
            await self.stdin.wait_closed()
        out = None if self.stdout is None else await self.stdout.read()
        err = None if self.stderr is None else await self.stderr.read()
        await self.wait()
        return out, err

    def send_signal(self, signal):
        self._popen.send_signal(signal)

    def terminate(self):
        self._popen.terminate()

    def kill(self):
        self._popen.kill()


def _check_binary(kwds):
    for name in ('universal_newlines', 'text'):
        if kwds.get(name):
            raise ValueError(f'{name} must be False')
    for name in ('encoding', 'errors'):
        if kwds.get(name) is not None:
            raise ValueError(f'{name} must be None')
    if kwds.get('bufsize', 0) != 0:
        raise ValueError('bufsize must be 0')


async def _start(args, shell, stdin, stdout, stderr, limit, kwds):
    _check_binary(kwds)
    kwds.pop('bufsize', None)
    loop = events.get_running_loop()
    start = functools.partial(subprocess.Popen, args, shell=shell, stdin=stdin,
                              stdout=stdout, stderr=stderr, **kwds)
    popen = await loop.run_in_executor(None, start)
    return Process(popen, loop, limit)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None,
                                 limit=streams._DEFAULT_LIMIT, **kwds):
    """Starts `program` with `args`; returns a Process."""
    return await _start([program, *args], False, stdin, stdout, stderr, limit, kwds)


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=streams._DEFAULT_LIMIT, **kwds):
    """Starts `cmd` through the shell; returns a Process."""
    if not isinstance(cmd, (bytes, str)):
        raise ValueError('cmd must be a string')
    return await _start(cmd, True, stdin, stdout, stderr, limit, kwds)
