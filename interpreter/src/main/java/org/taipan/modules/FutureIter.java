package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * What {@code Future.__await__} returns: yields the future once while it is pending (marking it
 * {@code _asyncio_future_blocking} for the task), then ends with its result or raises its
 * exception. It has no {@code throw} method, so an exception a task throws into the awaiting
 * coroutine is raised at the {@code await} itself. The outcome comes from the future's
 * {@code _outcome()} (a Python method that returns rather than raises), so no frame of asyncio's
 * shows in the traceback.
 */
final class FutureIter extends PyObject {
    static final PyType TYPE = PyType.builtin("_asyncio.FutureIter", null, t -> {
        t.acceptsSubclasses = false;
        t.newFunc = (type, a, off, n, kw) -> {
            ArgParser.noKeywords("FutureIter", kw);
            ArgParser.checkCount("FutureIter", n, 1, 1);
            return new FutureIter(a[off]);
        };
        t.iter = self -> self;
        t.iternext = self -> ((FutureIter) self).step();
        t.method("send", (self, v) -> {
            if (v != PyNone.NONE) {
                throw PyExc.typeError("can't send non-None value to a FutureIter");
            }
            PyObject r = ((FutureIter) self).step();
            if (r == null) {
                throw PyExc.stopIteration(PyNone.NONE);
            }
            return r;
        });
        t.method("close", self -> {
            ((FutureIter) self).future = null;
            return PyNone.NONE;
        });
    });

    private static final PyUnicode STATE = PyUnicode.of("_state");
    private static final PyUnicode BLOCKING = PyUnicode.of("_asyncio_future_blocking");

    private PyObject future;
    private boolean yielded;

    private FutureIter(PyObject future) {
        this.future = future;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The future while it is pending (once), else ends: null for None, StopIteration(value) or its exception. */
    private PyObject step() {
        PyObject fut = future;
        if (fut == null) {
            return null;
        }
        if ("PENDING".equals(Abstract.str(Abstract.getAttr(fut, STATE)).value)) {
            if (!yielded) {
                yielded = true;
                Abstract.setAttr(fut, BLOCKING, PyBool.TRUE);
                return fut;
            }
            throw PyExc.runtimeError("await wasn't used with future");
        }
        future = null;
        PyObject outcome = Abstract.callMethod(fut, "_outcome");
        PyObject exc = ((PyTuple) outcome).get(0);
        if (exc != PyNone.NONE) {
            throw new PyException((PyBaseException) exc);
        }
        throw PyExc.stopIteration(((PyTuple) outcome).get(1));
    }
}
