package org.taipan.modules;

import java.util.concurrent.Semaphore;
import org.taipan.objects.ObjectIds;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.ThreadState;

/**
 * {@code _thread.RLock} ({@code threading.RLock()}): a reentrant lock owned by the thread that
 * acquired it, with a recursion count; only the owner may release it. The owner's thread ident
 * and the count are guarded by the object's monitor; waiting happens on a one-permit semaphore
 * with the GIL released.
 */
public class PyRLock extends PyObject {
    public static final PyType TYPE = PyType.builtin("_thread.RLock", null, PyRLock::setup);

    private final Semaphore sem = new Semaphore(1);
    /** The owning thread's ident, 0 when unlocked. */
    private volatile long owner;
    private long count;

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** An RLock subclass instance created in Python. */
    static final class Derived extends PyRLock {
        private final PyType type;
        private final PyDict dict;

        Derived(PyType type) {
            this.type = type;
            this.dict = type.instancesHaveDict ? new PyDict() : null;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }
    }

    public boolean acquire(double timeout) {
        long me = ThreadState.current().ident;
        if (owner == me) {
            count++;
            return true;
        }
        if (!LockWait.acquire(sem, timeout)) {
            return false;
        }
        owner = me;
        count = 1;
        return true;
    }

    public void release() {
        long me = ThreadState.current().ident;
        if (owner != me || count == 0) {
            throw PyExc.runtimeError("cannot release un-acquired lock");
        }
        if (--count == 0) {
            owner = 0;
            sem.release();
        }
    }

    private static PyRLock cast(PyObject o) {
        return (PyRLock) o;
    }

    private static void setup(PyType t) {
        t.newFunc = (type, args, off, nargs, kw) -> type == TYPE ? new PyRLock() : new Derived(type);
        t.repr = self -> {
            PyRLock l = cast(self);
            long o = l.owner;
            String type = self.getType().moduleName() == null ? self.getType().getName()
                    : self.getType().moduleName() + "." + self.getType().getName();
            return PyUnicode.of("<" + (o != 0 ? "locked" : "unlocked") + " " + type + " object owner=" + o
                    + " count=" + (o != 0 ? l.count : 0) + " at " + ObjectIds.address(self) + ">");
        };
        t.methodKw("acquire", (self, a, off, n, kw) ->
                PyBool.of(cast(self).acquire(LockWait.parse("acquire", a, off, n, kw))));
        t.methodKw("__enter__", (self, a, off, n, kw) ->
                PyBool.of(cast(self).acquire(LockWait.parse("__enter__", a, off, n, kw))));
        t.method("release", self -> {
            cast(self).release();
            return PyNone.NONE;
        });
        t.method("__exit__", 0, 3, (self, args, off, n) -> {
            cast(self).release();
            return PyNone.NONE;
        });
        t.method("_is_owned", self -> {
            PyRLock l = cast(self);
            return PyBool.of(l.owner == ThreadState.current().ident && l.count > 0);
        });
        t.method("_recursion_count", self -> {
            PyRLock l = cast(self);
            return PyLong.of(l.owner == ThreadState.current().ident ? l.count : 0);
        });
        // Condition.wait() on an RLock: drop every level, then take them all back.
        t.method("_release_save", self -> {
            PyRLock l = cast(self);
            if (l.count == 0) {
                throw PyExc.runtimeError("cannot release un-acquired lock");
            }
            PyTuple state = new PyTuple(PyLong.of(l.count), PyLong.of(l.owner));
            l.count = 0;
            l.owner = 0;
            l.sem.release();
            return state;
        });
        t.method("_acquire_restore", (self, state) -> {
            PyRLock l = cast(self);
            if (!(state instanceof PyTuple) || ((PyTuple) state).size() != 2) {
                throw PyExc.typeError("_acquire_restore() argument must be a tuple of (count, owner)");
            }
            PyTuple st = (PyTuple) state;
            LockWait.acquire(l.sem, -1);
            l.owner = ((PyLong) st.get(1)).longValue();
            l.count = ((PyLong) st.get(0)).longValue();
            return PyNone.NONE;
        });
        t.method("_at_fork_reinit", self -> {
            PyRLock l = cast(self);
            l.owner = 0;
            l.count = 0;
            l.sem.drainPermits();
            l.sem.release();
            return PyNone.NONE;
        });
    }
}
