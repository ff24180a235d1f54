"""Threads and the synchronisation primitives built over the low-level _thread module.

Taipan's own implementation of the threading API of Python 3.11: the public names,
reprs, warnings and error messages, and the "Thread-N (target)" naming are those of
CPython; the code is ours.
"""

import sys as _sys
import _thread
from time import monotonic as _clock
from _collections import deque as _deque

__all__ = [
    'get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
    'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
    'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
    'ThreadError', 'setprofile', 'settrace', 'local', 'stack_size',
    'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile', 'get_native_id',
]

# Straight re-exports of the runtime's primitives.
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
local = _thread._local
stack_size = _thread.stack_size
Lock = _thread.allocate_lock
_CRLock = _thread.RLock
_new_lock = _thread.allocate_lock

from _thread import _excepthook as excepthook, _ExceptHookArgs as ExceptHookArgs

__excepthook__ = excepthook


def RLock(*args, **kwargs):
    """Make a reentrant lock: its owner may take it again, and must release it as often."""
    return _CRLock(*args, **kwargs)


def _warn_renamed(old, advice):
    # The camelCase aliases still work but say what replaced them.
    import warnings
    warnings.warn(f'{old} is deprecated, {advice} instead',
                  DeprecationWarning, stacklevel=3)


# ---------------------------------------------------------------------------
# Hooks given to every thread started after they are set.

_hooks = {'trace': None, 'profile': None}


def settrace(func):
    """Install func (via sys.settrace) in each thread started from now on."""
    _hooks['trace'] = func


def gettrace():
    """Return what settrace() installed, or None."""
    return _hooks['trace']


def setprofile(func):
    """Install func (via sys.setprofile) in each thread started from now on."""
    _hooks['profile'] = func


def getprofile():
    """Return what setprofile() installed, or None."""
    return _hooks['profile']


class _Deadline:
    """Turns a timeout (None = forever) into the time still left at each retry."""

    __slots__ = ('_end',)

    def __init__(self, timeout):
        self._end = None if timeout is None else _clock() + timeout

    def left(self):
        if self._end is None:
            return None
        return self._end - _clock()


# ---------------------------------------------------------------------------
# Condition variables

class Condition:
    """Lets threads sleep until another thread, holding the same lock, notifies them."""

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._waiters = _deque()
        # A reentrant lock knows how to be fully released and taken back at the same
        # depth while we sleep; for other locks the fallbacks below are used.
        for hook in ('_release_save', '_acquire_restore', '_is_owned'):
            found = getattr(self._lock, hook, None)
            if found is not None:
                setattr(self, hook, found)

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, saved):
        self._lock.acquire()

    def _is_owned(self):
        # Without an owner we can only tell whether the lock is held at all.
        probe = self._lock.acquire(False)
        if probe:
            self._lock.release()
        return not probe

    def wait(self, timeout=None):
        """Give up the lock until notified or timed out; return False on time-out."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        # Each sleeper blocks on a lock of its own, which notify() releases.
        gate = _new_lock()
        gate.acquire()
        self._waiters.append(gate)
        saved = self._release_save()
        woken = False
        try:
            if timeout is None:
                woken = gate.acquire()
            elif timeout > 0:
                woken = gate.acquire(True, timeout)
            else:
                woken = gate.acquire(False)
            return woken
        finally:
            self._acquire_restore(saved)
            if not woken and gate in self._waiters:
                self._waiters.remove(gate)

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or the timeout passes; return predicate's last value."""
        deadline = None
        while True:
            outcome = predicate()
            if outcome:
                return outcome
            wait_time = None
            if timeout is not None:
                if deadline is None:
                    deadline = _Deadline(timeout)
                    wait_time = timeout
                else:
                    wait_time = deadline.left()
                    if wait_time <= 0:
                        return outcome
            self.wait(wait_time)

    def notify(self, n=1):
        """Wake at most n of the threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        pending = self._waiters
        while n > 0 and pending:
            gate = pending.popleft()
            try:
                gate.release()
            except RuntimeError:
                continue  # that sleeper gave up meanwhile
            n -= 1

    def notify_all(self):
        """Wake every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        _warn_renamed('notifyAll()', 'use notify_all()')
        self.notify_all()


# ---------------------------------------------------------------------------
# Semaphores and events

def _object_label(obj):
    kind = type(obj)
    return f"{kind.__module__}.{kind.__qualname__} at {id(obj):#x}"


class Semaphore:
    """A permit counter: acquire() takes a permit (waiting for one), release() returns permits."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value
        self._cond = Condition(Lock())

    def __repr__(self):
        return f"<{_object_label(self)}: value={self._value}>"

    def _has_permit(self):
        return self._value > 0

    def acquire(self, blocking=True, timeout=None):
        """Take one permit; False if none came (non-blocking, or after timeout seconds)."""
        if timeout is not None and not blocking:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if not blocking:
                if not self._value:
                    return False
            elif not self._cond.wait_for(self._has_permit, timeout):
                return False
            self._value -= 1
            return True

    __enter__ = acquire

    def _check_count(self, n):
        if n < 1:
            raise ValueError('n must be one or more')

    def _give_back(self, n):
        # Called with the condition held.
        self._value += n
        self._cond.notify(n)

    def release(self, n=1):
        """Return n permits, waking as many waiting threads."""
        self._check_count(n)
        with self._cond:
            self._give_back(n)

    def __exit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() may not raise the count above its starting value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        return f"<{_object_label(self)}: value={self._value}/{self._initial_value}>"

    def release(self, n=1):
        """Return n permits; ValueError if that would exceed the starting value."""
        self._check_count(n)
        with self._cond:
            if n + self._value > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._give_back(n)


class Event:
    """A boolean flag; wait() blocks until some thread calls set()."""

    def __init__(self):
        self._flag = False
        self._cond = Condition(Lock())

    def __repr__(self):
        return f"<{_object_label(self)}: {'set' if self._flag else 'unset'}>"

    def is_set(self):
        """Whether the flag is up."""
        return self._flag

    def isSet(self):
        _warn_renamed('isSet()', 'use is_set()')
        return self._flag

    def set(self):
        """Raise the flag and wake everybody waiting for it."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Lower the flag."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is up (True) or the timeout passes (False)."""
        with self._cond:
            if self._flag:
                return True
            return self._cond.wait(timeout)


# ---------------------------------------------------------------------------
# Barriers

class BrokenBarrierError(RuntimeError):
    pass


# What a Barrier is doing: taking arrivals, letting a finished round leave,
# being reset while threads still wait, or broken for good.
_ARRIVING = 'arriving'
_LEAVING = 'leaving'
_RESETTING = 'resetting'
_BROKEN = 'broken'


class Barrier:
    """A meeting point for a fixed number of threads: all wait until the last one arrives."""

    def __init__(self, parties, action=None, timeout=None):
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._cond = Condition(Lock())
        self._phase = _ARRIVING
        self._inside = 0   # threads currently within wait()

    def __repr__(self):
        if self.broken:
            return f"<{_object_label(self)}: broken>"
        return f"<{_object_label(self)}: waiters={self.n_waiting}/{self.parties}>"

    def wait(self, timeout=None):
        """Wait for the rest of the parties; returns this thread's arrival number."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Let the threads of a finished or reset round get out first.
            while self._phase in (_LEAVING, _RESETTING):
                self._cond.wait()
            if self._phase is _BROKEN:
                raise BrokenBarrierError
            arrival = self._inside
            self._inside = arrival + 1
            try:
                if self._inside == self._parties:
                    self._open()
                else:
                    self._wait_for_opening(timeout)
                return arrival
            finally:
                self._inside -= 1
                self._maybe_ready_again()

    def _open(self):
        # The last arrival runs the action; if it fails, the barrier breaks.
        try:
            if self._action:
                self._action()
        except:
            self._break()
            raise
        self._phase = _LEAVING
        self._cond.notify_all()

    def _wait_for_opening(self, timeout):
        opened = self._cond.wait_for(lambda: self._phase is not _ARRIVING, timeout)
        if not opened:
            self._break()
            raise BrokenBarrierError
        if self._phase in (_BROKEN, _RESETTING):
            raise BrokenBarrierError

    def _maybe_ready_again(self):
        if self._inside == 0 and self._phase in (_LEAVING, _RESETTING):
            self._phase = _ARRIVING
            self._cond.notify_all()

    def _break(self):
        self._phase = _BROKEN
        self._cond.notify_all()

    def reset(self):
        """Make the barrier usable again; threads waiting in it get BrokenBarrierError."""
        with self._cond:
            if not self._inside:
                self._phase = _ARRIVING
            elif self._phase is not _LEAVING:
                self._phase = _RESETTING
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: waiting and future wait() calls raise BrokenBarrierError."""
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._inside if self._phase is _ARRIVING else 0

    @property
    def broken(self):
        return self._phase is _BROKEN


# ---------------------------------------------------------------------------
# The registry of Thread objects

_registry_lock = RLock()
_running = {}    # ident -> Thread, for threads whose code runs
_starting = {}   # Thread -> Thread, for threads start()ed but not yet running
_serial = [0]    # last number used by _next_name (Thread-N and Dummy-N share it)


def _next_name(pattern):
    _serial[0] += 1
    return pattern % _serial[0]


def _registered():
    with _registry_lock:
        return [*_running.values(), *_starting.values()]


def _exception_reporter():
    """Build the function a thread calls when run() raised.

    Hooks are looked up now, too, so that a thread finishing while the
    interpreter shuts down still has something to call.
    """
    fallback_hook = excepthook
    fallback_sys_hook = _sys.excepthook
    if fallback_hook is None:
        raise RuntimeError("threading.excepthook is None")
    if fallback_sys_hook is None:
        raise RuntimeError("sys.excepthook is None")
    current_exception = _sys.exc_info

    def report(thread):
        hook = excepthook if excepthook is not None else fallback_hook
        try:
            hook(ExceptHookArgs([*current_exception(), thread]))
        except Exception as failure:
            failure.__suppress_context__ = True
            out = _sys.stderr if _sys.stderr is not None else thread._stderr
            if out is not None:
                out.write("Exception in threading.excepthook:\n")
                out.flush()
            sys_hook = _sys.excepthook if _sys.excepthook is not None else fallback_sys_hook
            sys_hook(*current_exception())

    return report


# ---------------------------------------------------------------------------
# Threads

def _default_name(target):
    name = _next_name("Thread-%d")
    label = getattr(target, '__name__', None) if target is not None else None
    if label is not None:
        name = f"{name} ({label})"
    return name


class Thread:
    """Runs run() -- by default target(*args, **kwargs) -- in a thread of its own."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        self._name = str(name) if name else _default_name(target)
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._native_id = None
        # Set by the runtime; released when the thread's code has finished.
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._stderr = _sys.stderr
        self._invoke_excepthook = _exception_reporter()
        self._initialized = True

    def _require_init(self):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        self.is_alive()  # refreshes _is_stopped
        if self._is_stopped:
            state = "stopped"
        elif self._started.is_set():
            state = "started"
        else:
            state = "initial"
        if self._daemonic:
            state = state + " daemon"
        if self._ident is not None:
            state = f"{state} {self._ident}"
        return f"<{type(self).__name__}({self._name}, {state})>"

    # -- life cycle ---------------------------------------------------------

    def start(self):
        """Begin running the thread; allowed once per Thread object."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _registry_lock:
            _starting[self] = self
        try:
            _thread.start_new_thread(self._bootstrap, ())
        except Exception:
            with _registry_lock:
                _starting.pop(self, None)
            raise
        self._started.wait()

    def run(self):
        """The thread's work; by default calls the target given to the constructor."""
        try:
            target = self._target
            if target is not None:
                target(*self._args, **self._kwargs)
        finally:
            # A finished thread should not keep its target and arguments alive.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._bootstrap_inner()
        except:
            # A daemon thread may outlive the interpreter's modules; stay quiet then.
            if _sys is None and self._daemonic:
                return
            raise

    def _bootstrap_inner(self):
        try:
            self._become_running()
            trace, profile = _hooks['trace'], _hooks['profile']
            if trace:
                _sys.settrace(trace)
            if profile:
                _sys.setprofile(profile)
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._delete()

    def _become_running(self):
        self._ident = get_ident()
        self._tstate_lock = _thread._set_sentinel()
        self._native_id = get_native_id()
        self._started.set()
        with _registry_lock:
            _running[self._ident] = self
            del _starting[self]

    def _stop(self):
        self._is_stopped = True
        self._tstate_lock = None

    def _delete(self):
        with _registry_lock:
            _running.pop(get_ident(), None)

    def join(self, timeout=None):
        """Wait for the thread to finish, or at most timeout seconds."""
        self._require_init()
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if current_thread() is self:
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._poll_finished(True, -1)
        else:
            self._poll_finished(True, timeout if timeout > 0 else 0)

    def _poll_finished(self, block, timeout):
        # Taking the sentinel lock succeeds only once the thread has ended.
        sentinel = self._tstate_lock
        if sentinel is None:
            return
        try:
            ended = sentinel.acquire(block, timeout)
        except:
            # Interrupted while it may have been taken: still give it back.
            if sentinel.locked():
                sentinel.release()
                self._stop()
            raise
        if ended:
            sentinel.release()
            self._stop()

    def is_alive(self):
        """True from when run() starts until it ends."""
        assert self._initialized, "Thread.__init__() not called"
        if not self._started.is_set() or self._is_stopped:
            return False
        self._poll_finished(False, -1)
        return not self._is_stopped

    # -- attributes ---------------------------------------------------------

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, value):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(value)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        self._require_init()
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = value

    # -- old spellings ------------------------------------------------------

    def isDaemon(self):
        _warn_renamed('isDaemon()', 'get the daemon attribute')
        return self.daemon

    def setDaemon(self, daemonic):
        _warn_renamed('setDaemon()', 'set the daemon attribute')
        self.daemon = daemonic

    def getName(self):
        _warn_renamed('getName()', 'get the name attribute')
        return self.name

    def setName(self, name):
        _warn_renamed('setName()', 'set the name attribute')
        self.name = name


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after interval seconds unless cancelled."""

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Prevent the call if it has not happened yet."""
        self.finished.set()

    def run(self):
        cancelled = self.finished.wait(self.interval)
        if not cancelled:
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def _adopt_current(thread):
    """Register an already running thread (main or foreign) under the caller's ident."""
    thread._started.set()
    thread._ident = get_ident()
    thread._native_id = get_native_id()
    with _registry_lock:
        _running[thread._ident] = thread


class _MainThread(Thread):
    """The thread that imported this module: the program's main thread."""

    def __init__(self):
        super().__init__(name="MainThread", daemon=False)
        # Held until _shutdown(), so that joining the main thread waits for the program.
        self._tstate_lock = _new_lock()
        self._tstate_lock.acquire()
        _adopt_current(self)


class _DummyThread(Thread):
    """Represents a thread started outside this module (e.g. with _thread)."""

    def __init__(self):
        super().__init__(name=_next_name("Dummy-%d"), daemon=True)
        _adopt_current(self)

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# ---------------------------------------------------------------------------
# Module-level queries

def current_thread():
    """The Thread object for the calling thread (a dummy one if threading did not start it)."""
    found = _running.get(get_ident())
    return found if found is not None else _DummyThread()


def currentThread():
    _warn_renamed('currentThread()', 'use current_thread()')
    return current_thread()


def active_count():
    """How many Thread objects are alive (running or about to run)."""
    with _registry_lock:
        return len(_starting) + len(_running)


def activeCount():
    _warn_renamed('activeCount()', 'use active_count()')
    return active_count()


def enumerate():
    """The list of alive Thread objects, main thread first."""
    return _registered()


def main_thread():
    """The Thread object of the main thread."""
    return _main_thread


_main_thread = _MainThread()


_exit_hooks = []
_shutting_down = False


def _register_atexit(func, *arg, **kwargs):
    """Arranges func(*arg, **kwargs) for shutdown, before the non-daemon threads are joined
    (newest first)."""
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    _exit_hooks.append((func, arg, kwargs))


def _shutdown():
    """Run by the interpreter when the main program ends: runs the _register_atexit hooks,
    then waits for non-daemon threads."""
    global _shutting_down
    main = _main_thread
    if main._is_stopped:
        return
    _shutting_down = True
    for func, arg, kwargs in reversed(_exit_hooks):
        func(*arg, **kwargs)
    if main.ident == get_ident():
        sentinel = main._tstate_lock
        if sentinel is not None and sentinel.locked():
            sentinel.release()
        main._stop()
    while True:
        outstanding = [t for t in _registered()
                       if t is not main and not t.daemon
                       and not isinstance(t, _DummyThread)
                       and (t.is_alive() or not t._started.is_set())]
        if not outstanding:
            return
        for t in outstanding:
            if t._started.is_set():
                t.join()
