package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyBaseObject;
import org.taipan.objects.PyException;
import org.taipan.objects.PyMethodDescr;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.InterpreterState;

/**
 * {@code _asyncio}: the part of asyncio that must run without a Python frame. asyncio itself is
 * Python ({@code lib/asyncio/}); only the iterator behind {@code await future} and the methods
 * that re-raise a future's exception ({@code result()}, {@code exception()}) are here, so that the
 * exception shows the same traceback as under CPython, whose futures are written in C.
 */
public final class AsyncioModule {
    private AsyncioModule() {
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_asyncio");
        m.add("FutureIter", FutureIter.TYPE);
        m.addFunction("raising_method", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("raising_method", kw);
            ArgParser.checkCount("raising_method", n, 2, 2);
            return raisingMethod(Abstract.str(a[off]).value, Abstract.str(a[off + 1]));
        });
        return m;
    }

    /**
     * A method {@code name} (for any class) that calls {@code self.<outcome>()}, which returns a
     * pair {@code (exception, value)}, and raises the exception (when not None) or returns the
     * value: raised from Java, the exception gets no traceback entry for the method.
     */
    static PyMethodDescr raisingMethod(String name, PyUnicode outcome) {
        return PyMethodDescr.of(PyBaseObject.TYPE, name, (self, a, off, n, kw) -> {
            ArgParser.noKeywords(name, kw);
            ArgParser.checkCount(name, n, 0, 0);
            PyObject pair = Abstract.callMethod(self, outcome.value);
            PyObject exc = ((PyTuple) pair).get(0);
            if (exc != PyNone.NONE) {
                throw new PyException((PyBaseException) exc);
            }
            return ((PyTuple) pair).get(1);
        });
    }
}
