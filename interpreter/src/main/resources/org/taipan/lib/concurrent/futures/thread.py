"""ThreadPoolExecutor: runs the submitted calls on a pool of worker threads.

Taipan's own implementation. Workers are started on demand, up to
max_workers, and stop when shutdown() puts one None per worker on the queue.
"""

import os
import queue
import threading
import itertools

from . import _base

_pool_numbers = itertools.count()


class _WorkItem:
    """One submitted call and the Future that will hold its outcome."""

    __slots__ = ('future', 'call')

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.call = (fn, args, kwargs)

    def run(self):
        future = self.future
        if future.set_running_or_notify_cancel():
            fn, args, kwargs = self.call
            try:
                outcome = fn(*args, **kwargs)
            except BaseException as exc:
                future.set_exception(exc)
            else:
                future.set_result(outcome)


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed."""


class ThreadPoolExecutor(_base.Executor):

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        self._work = queue.SimpleQueue()
        self._idle = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._lock = threading.Lock()
        self._prefix = thread_name_prefix or f'ThreadPoolExecutor-{next(_pool_numbers)}'
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            future = _base.Future()
            self._work.put(_WorkItem(future, fn, args, kwargs))
            self._add_worker_if_needed()
            return future

    def _add_worker_if_needed(self):
        if self._idle.acquire(timeout=0):
            return
        if len(self._threads) < self._max_workers:
            name = f'{self._prefix}_{len(self._threads)}'
            worker = threading.Thread(name=name, target=self._work_loop)
            worker.daemon = True
            worker.start()
            self._threads.add(worker)

    def _work_loop(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException:
                _base.LOGGER.critical('Exception in initializer:', exc_info=True)
                with self._lock:
                    self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
                return
        while True:
            item = self._work.get()
            if item is None:
                self._work.put(None)
                return
            item.run()
            del item
            self._idle.release()

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work.put(None)
        if wait:
            for worker in list(self._threads):
                worker.join()
