"""The protocol interfaces: callbacks a transport calls as data and events arrive.

Taipan's own text. The classes only name the callbacks (each does nothing
here); no loop of ours creates transports yet, but programs subclass these.
"""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol',
           'BufferedProtocol')


def _ignore(self, *args):
    return None


class BaseProtocol:
    """Connection events and flow control, common to every protocol."""

    __slots__ = ()

    connection_made = _ignore        # (transport): the connection is up
    connection_lost = _ignore        # (exc): closed; exc is None for a clean end
    pause_writing = _ignore          # the transport's buffer went over its high-water mark
    resume_writing = _ignore         # ... and drained below the low-water mark again


class Protocol(BaseProtocol):
    """A stream protocol: data_received(data), then eof_received()."""

    __slots__ = ()

    data_received = _ignore
    eof_received = _ignore


class BufferedProtocol(BaseProtocol):
    """A stream protocol that lends its own buffer: get_buffer(hint), buffer_updated(n)."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        raise NotImplementedError

    buffer_updated = _ignore
    eof_received = _ignore


class DatagramProtocol(BaseProtocol):
    """A datagram protocol: datagram_received(data, addr), error_received(exc)."""

    __slots__ = ()

    datagram_received = _ignore
    error_received = _ignore


class SubprocessProtocol(BaseProtocol):
    """A child process's protocol: pipe_data_received(fd, data), pipe_connection_lost(fd, exc),
    process_exited()."""

    __slots__ = ()

    pipe_data_received = _ignore
    pipe_connection_lost = _ignore
    process_exited = _ignore
