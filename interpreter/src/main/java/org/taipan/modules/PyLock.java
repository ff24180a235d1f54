package org.taipan.modules;

import java.util.concurrent.Semaphore;
import org.taipan.objects.ObjectIds;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * {@code _thread.lock} ({@code threading.Lock()}): a non-reentrant lock that any thread may
 * release, waited for with the GIL released. A one-permit semaphore, since the releasing thread
 * need not be the one that acquired it.
 */
public final class PyLock extends PyObject {
    public static final PyType TYPE = PyType.builtin("_thread.lock", null, PyLock::setup);

    private final Semaphore sem = new Semaphore(1);

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Acquires, waiting up to {@code timeout} seconds (-1: forever, 0: just try). */
    public boolean acquire(double timeout) {
        return LockWait.acquire(sem, timeout);
    }

    /** Releases; raises RuntimeError if not locked. */
    public void release() {
        synchronized (sem) {
            if (sem.availablePermits() > 0) {
                throw PyExc.runtimeError("release unlocked lock");
            }
            sem.release();
        }
    }

    public boolean locked() {
        return sem.availablePermits() == 0;
    }

    private static PyLock cast(PyObject o) {
        return (PyLock) o;
    }

    private static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.repr = self -> PyUnicode.of("<" + (cast(self).locked() ? "locked" : "unlocked")
                + " _thread.lock object at " + ObjectIds.address(self) + ">");
        for (String name : new String[] {"acquire", "acquire_lock"}) {
            t.methodKw(name, (self, a, off, n, kw) ->
                    PyBool.of(cast(self).acquire(LockWait.parse(name, a, off, n, kw))));
        }
        t.methodKw("__enter__", (self, a, off, n, kw) ->
                PyBool.of(cast(self).acquire(LockWait.parse("__enter__", a, off, n, kw))));
        for (String name : new String[] {"release", "release_lock"}) {
            t.method(name, self -> {
                cast(self).release();
                return PyNone.NONE;
            });
        }
        t.method("__exit__", 0, 3, (self, args, off, n) -> {
            cast(self).release();
            return PyNone.NONE;
        });
        for (String name : new String[] {"locked", "locked_lock"}) {
            t.method(name, self -> PyBool.of(cast(self).locked()));
        }
        t.method("_at_fork_reinit", self -> {
            PyLock l = cast(self);
            synchronized (l.sem) {
                l.sem.drainPermits();
                l.sem.release();
            }
            return PyNone.NONE;
        });
    }
}
