"""What the synchronization primitives and queues share: the loop they belong to."""

import threading

from . import events

_loop_lock = threading.Lock()


class _LoopBound:
    """Binds an object to the running loop the first time it has to wait."""

    _loop = None

    def _get_loop(self):
        running = events._get_running_loop()
        if self._loop is None:
            with _loop_lock:
                if self._loop is None:
                    self._loop = running
        if running is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return running
