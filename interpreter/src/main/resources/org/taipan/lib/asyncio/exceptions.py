"""The exception types of asyncio."""

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError',
           'TimeoutError', 'IncompleteReadError', 'LimitOverrunError',
           'SendfileNotAvailableError')

# Since 3.11 asyncio's timeout is the builtin one.
TimeoutError = TimeoutError


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


class InvalidStateError(Exception):
    """The operation does not fit the Future's state (e.g. result() while pending)."""


class SendfileNotAvailableError(RuntimeError):
    """sendfile cannot be used for this transport or file."""


class IncompleteReadError(EOFError):
    """The stream ended before the expected number of bytes arrived."""

    def __init__(self, partial, expected):
        wanted = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {wanted} expected bytes')
        self.partial, self.expected = partial, expected

    def __reduce__(self):
        cls = type(self)
        return cls, (self.partial, self.expected)


class LimitOverrunError(Exception):
    """A separator search went past the stream's buffer limit."""

    def __init__(self, message, consumed):
        self.consumed = consumed
        super().__init__(message)

    def __reduce__(self):
        message = self.args[0]
        return type(self), (message, self.consumed)


class BrokenBarrierError(RuntimeError):
    """The Barrier was reset or broken while a task waited on it."""
