package org.taipan.vm;

import org.taipan.objects.Abstract;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyException;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;

/** {@code raise} (with implicit {@code __context__} and explicit {@code from} chaining) and except-clause checks. */
final class Exceptions {
    private Exceptions() {
    }

    /** Turns a raised object (class or instance) into an exception instance. */
    static PyBaseException instantiate(PyObject o) {
        if (o instanceof PyType && ((PyType) o).isSubtypeOf(PyExc.BaseException)) {
            PyObject e = Abstract.call(o);
            if (!(e instanceof PyBaseException)) {
                throw PyExc.typeError("calling " + Abstract.repr(o).value
                        + " should have returned an instance of BaseException, not " + e.getType().getName());
            }
            return (PyBaseException) e;
        }
        if (o instanceof PyBaseException) {
            return (PyBaseException) o;
        }
        throw PyExc.typeError("exceptions must derive from BaseException");
    }

    static int raiseVarargs(ThreadState ts, PyFrame f, PyObject[] s, int sp, int arg) {
        if (arg == 0) {
            PyBaseException cur = ts.handledException;
            if (cur == null) {
                throw PyExc.runtimeError("No active exception to reraise");
            }
            PyException re = new PyException(cur);
            re.reraised = true;
            throw re;
        }
        PyObject cause = arg == 2 ? s[--sp] : null;
        PyBaseException exc = instantiate(s[--sp]);
        if (arg == 2) {
            if (cause == PyNone.NONE) {
                exc.cause = null;
            } else if (cause instanceof PyType && ((PyType) cause).isSubtypeOf(PyExc.BaseException)) {
                exc.cause = instantiate(cause);
            } else if (cause instanceof PyBaseException) {
                exc.cause = cause;
            } else {
                throw PyExc.typeError("exception causes must derive from BaseException");
            }
            exc.suppressContext = true;
        }
        throw new PyException(exc);
    }

    /**
     * Sets {@code __context__} of a newly raised exception to the one being handled, replacing
     * any earlier context. A link back to {@code exc} further down the handled exception's
     * context chain is cut first, so the chain never loops; a loop the program built itself is
     * walked only once.
     */
    static void chain(PyBaseException handled, PyBaseException exc) {
        if (handled == null || handled == exc) {
            return;
        }
        java.util.Set<PyBaseException> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        PyBaseException o = handled;
        while (o.context instanceof PyBaseException && seen.add(o)) {
            if (o.context == exc) {
                o.context = null;
                break;
            }
            o = (PyBaseException) o.context;
        }
        exc.context = handled;
    }

    static void checkExceptType(PyObject type) {
        if (type instanceof PyTuple) {
            for (PyObject t : ((PyTuple) type).items()) {
                checkExceptType(t);
            }
            return;
        }
        if (!(type instanceof PyType) || !((PyType) type).isSubtypeOf(PyExc.BaseException)) {
            throw PyExc.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }
}
