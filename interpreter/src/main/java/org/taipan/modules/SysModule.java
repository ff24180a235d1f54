package org.taipan.modules;

import org.taipan.objects.PyExc;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.InterpreterState;
import org.taipan.vm.ThreadState;

/** A minimal {@code sys}: argv, path, modules, recursion limit, exc_info, _getframe. */
public final class SysModule {
    private SysModule() {
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("sys");
        m.add("argv", new PyList());
        m.add("path", new PyList());
        m.add("modules", interp.modules);
        m.add("maxsize", PyLong.of(Long.MAX_VALUE));
        m.add("version", PyUnicode.of("3.11.7 (taipan)"));
        m.addFunction("getrecursionlimit", (self, a, off, n, kw) -> PyLong.of(interp.recursionLimit));
        // The int/str conversion digit limit lives with int (PyLong); these are its sys interface.
        m.addFunction("get_int_max_str_digits", (self, a, off, n, kw) -> PyLong.of(PyLong.getMaxStrDigits()));
        m.addFunction("set_int_max_str_digits", (self, a, off, n, kw) -> {
            PyObject[] p = org.taipan.objects.ArgParser.bind("set_int_max_str_digits", new String[] {"maxdigits"},
                    0, 1, a, off, n, kw);
            PyLong.setMaxStrDigits(org.taipan.objects.Abstract.index(p[0]).asLongExact());
            return PyNone.NONE;
        });
        m.addFunction("setrecursionlimit", (self, a, off, n, kw) -> {
            if (n != 1) {
                throw PyExc.typeError("setrecursionlimit() takes exactly one argument (" + n + " given)");
            }
            long v = ((PyLong) a[off]).longValue();
            if (v < 1) {
                throw PyExc.valueError("recursion limit must be greater or equal than 1");
            }
            interp.recursionLimit = (int) Math.min(v, Integer.MAX_VALUE);
            return PyNone.NONE;
        });
        m.addFunction("exc_info", (self, a, off, n, kw) -> {
            PyObject e = ThreadState.current().handledException;
            if (e == null) {
                return new PyTuple(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            PyObject tb = ((org.taipan.objects.PyBaseException) e).traceback;
            return new PyTuple(e.getType(), e, tb == null ? PyNone.NONE : tb);
        });
        m.addFunction("exception", (self, a, off, n, kw) -> {
            PyObject e = ThreadState.current().handledException;
            return e == null ? PyNone.NONE : e;
        });
        m.addFunction("_getframe", (self, a, off, n, kw) -> {
            org.taipan.vm.PyFrame f = ThreadState.current().frame;
            int depth = n > 0 ? ((PyLong) a[off]).intValue() : 0;
            for (int i = 0; i < depth && f != null; i++) {
                f = f.back;
            }
            if (f == null) {
                throw PyExc.valueError("call stack is not deep enough");
            }
            return f;
        });
        return m;
    }
}
