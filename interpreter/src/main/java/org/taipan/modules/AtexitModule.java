package org.taipan.modules;

import java.util.ArrayList;
import java.util.List;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.CompareOp;
import org.taipan.objects.PyException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.InterpreterState;

/**
 * {@code atexit}: functions to call when the interpreter finalizes. Each interpreter that imports
 * the module has its own list; finalization (the launcher's and the embedding API's) calls
 * {@code _run_exitfuncs}. As in CPython, handlers run newest first, each failure (SystemExit
 * included) is reported as unraisable and the rest still run, and handlers registered while the
 * list runs are not called.
 */
public final class AtexitModule {
    /** One registration: the function and the arguments to call it with. */
    private static final class Handler {
        final PyObject func;
        final PyObject[] args;
        final PyTuple kwnames;
        boolean removed;

        Handler(PyObject func, PyObject[] args, PyTuple kwnames) {
            this.func = func;
            this.args = args;
            this.kwnames = kwnames;
        }
    }

    private AtexitModule() {
    }

    public static PyModule create(InterpreterState interp) {
        List<Handler> handlers = new ArrayList<>();
        PyModule m = new PyModule("atexit");
        m.getDict().setStr("__doc__", PyUnicode.of("Functions to call when the interpreter exits."));
        m.addFunction("register", (self, a, off, n, kw) -> {
            if (n < 1) {
                throw PyExc.typeError("register() takes at least 1 argument (0 given)");
            }
            PyObject func = a[off];
            if (!Abstract.isCallable(func)) {
                throw PyExc.typeError("the first argument must be callable");
            }
            int total = n - 1 + (kw == null ? 0 : kw.size());
            PyObject[] args = new PyObject[total];
            System.arraycopy(a, off + 1, args, 0, total);
            handlers.add(new Handler(func, args, kw));
            return func;
        });
        m.addFunction("unregister", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("unregister", kw);
            ArgParser.checkCount("unregister", n, 1, 1);
            for (Handler h : new ArrayList<>(handlers)) {
                if (!h.removed && Abstract.richCompareBool(h.func, a[off], CompareOp.EQ)) {
                    h.removed = true;
                    handlers.remove(h);
                }
            }
            return PyNone.NONE;
        });
        m.addFunction("_clear", (self, a, off, n, kw) -> {
            clear(handlers);
            return PyNone.NONE;
        });
        m.addFunction("_ncallbacks", (self, a, off, n, kw) -> PyLong.of(handlers.size()));
        m.addFunction("_run_exitfuncs", (self, a, off, n, kw) -> {
            run(handlers);
            return PyNone.NONE;
        });
        return m;
    }

    private static void clear(List<Handler> handlers) {
        for (Handler h : handlers) {
            h.removed = true;
        }
        handlers.clear();
    }

    private static void run(List<Handler> handlers) {
        // a snapshot: what handlers register now is not run (CPython walks only the old entries)
        List<Handler> due = new ArrayList<>(handlers);
        for (int i = due.size() - 1; i >= 0; i--) {
            Handler h = due.get(i);
            if (h.removed) {
                continue;
            }
            try {
                int positional = h.args.length - (h.kwnames == null ? 0 : h.kwnames.size());
                Abstract.call(h.func, h.args, 0, positional, h.kwnames);
            } catch (PyException e) {
                UnraisableHook.report(e.value, "Exception ignored in atexit callback", h.func);
            }
        }
        clear(handlers);
    }
}
