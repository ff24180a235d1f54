"""The transport interfaces: what a protocol calls to write, pause, close.

Taipan's own text. Only the interfaces are here (each method raises
NotImplementedError): no loop of ours makes real transports yet.
"""

__all__ = ('BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport',
           'DatagramTransport', 'SubprocessTransport')


def _abstract(name):
    def method(self, *args, **kwargs):
        raise NotImplementedError
    method.__name__ = name
    return method


class BaseTransport:
    """Extra information, the protocol in use, closing."""

    __slots__ = ('_extra',)

    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    is_closing = _abstract('is_closing')
    close = _abstract('close')
    set_protocol = _abstract('set_protocol')
    get_protocol = _abstract('get_protocol')


class ReadTransport(BaseTransport):
    __slots__ = ()
    is_reading = _abstract('is_reading')
    pause_reading = _abstract('pause_reading')
    resume_reading = _abstract('resume_reading')


class WriteTransport(BaseTransport):
    __slots__ = ()
    set_write_buffer_limits = _abstract('set_write_buffer_limits')
    get_write_buffer_size = _abstract('get_write_buffer_size')
    get_write_buffer_limits = _abstract('get_write_buffer_limits')
    write = _abstract('write')
    write_eof = _abstract('write_eof')
    can_write_eof = _abstract('can_write_eof')
    abort = _abstract('abort')

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))


class Transport(ReadTransport, WriteTransport):
    """A bidirectional stream transport."""
    __slots__ = ()


class DatagramTransport(BaseTransport):
    __slots__ = ()
    sendto = _abstract('sendto')
    abort = _abstract('abort')


class SubprocessTransport(BaseTransport):
    __slots__ = ()
    get_pid = _abstract('get_pid')
    get_returncode = _abstract('get_returncode')
    get_pipe_transport = _abstract('get_pipe_transport')
    send_signal = _abstract('send_signal')
    terminate = _abstract('terminate')
    kill = _abstract('kill')
