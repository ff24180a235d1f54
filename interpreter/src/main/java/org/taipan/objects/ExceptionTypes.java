package org.taipan.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The behaviour of the built-in exception types: {@code BaseException}'s constructor, attributes
 * and methods, and the subclasses with extra state (StopIteration, SystemExit, OSError,
 * ImportError, NameError/AttributeError, SyntaxError, KeyError's str, exception groups).
 */
final class ExceptionTypes {
    private ExceptionTypes() {
    }

    static void setupBase(PyType t) {
        t.newFunc = (type, args, off, nargs, kw) ->
                new PyBaseException(type, PyTuple.copyOf(args, off, nargs));
        t.init = (self, args, off, nargs, kw) -> {
            if (kw != null && kw.size() > 0 && !self.getType().isHeapType) {
                throw PyExc.typeError(self.getType().getName() + "() takes no keyword arguments");
            }
            ((PyBaseException) self).args = PyTuple.copyOf(args, off, nargs);
        };
        t.repr = self -> {
            PyBaseException e = (PyBaseException) self;
            String name = self.getType().getName();
            if (e.args.size() == 1) {
                return PyUnicode.of(name + "(" + Abstract.repr(e.args.get(0)).value + ")");
            }
            return PyUnicode.of(name + Abstract.repr(e.args).value);
        };
        t.str = self -> {
            PyBaseException e = (PyBaseException) self;
            switch (e.args.size()) {
                case 0: return PyUnicode.EMPTY;
                case 1: return Abstract.str(e.args.get(0));
                default: return Abstract.str(e.args);
            }
        };
        t.getset("args", self -> ((PyBaseException) self).args, (d, self, v) -> {
            if (v == null) {
                throw PyExc.typeError("args may not be deleted");
            }
            ((PyBaseException) self).args = PyTuple.fromIterable(v);
        });
        t.getset("__cause__", self -> orNone(((PyBaseException) self).cause), (d, self, v) -> {
            PyBaseException e = (PyBaseException) self;
            if (v == null) {
                throw PyExc.typeError("__cause__ may not be deleted");
            }
            if (v != PyNone.NONE && !(v instanceof PyBaseException)) {
                throw PyExc.typeError("exception cause must be None or derive from BaseException");
            }
            e.cause = v == PyNone.NONE ? null : v;
            e.suppressContext = true;
        });
        t.getset("__context__", self -> orNone(((PyBaseException) self).context), (d, self, v) -> {
            if (v == null) {
                throw PyExc.typeError("__context__ may not be deleted");
            }
            if (v != PyNone.NONE && !(v instanceof PyBaseException)) {
                throw PyExc.typeError("exception context must be None or derive from BaseException");
            }
            ((PyBaseException) self).context = v == PyNone.NONE ? null : v;
        });
        t.getset("__suppress_context__", self -> PyBool.of(((PyBaseException) self).suppressContext),
                (d, self, v) -> ((PyBaseException) self).suppressContext = v != null && Abstract.isTrue(v));
        t.getset("__traceback__", self -> orNone(((PyBaseException) self).traceback), (d, self, v) -> {
            if (v == null) {
                throw PyExc.typeError("__traceback__ may not be deleted");
            }
            if (v != PyNone.NONE && !v.getType().getName().equals("traceback")) {
                throw PyExc.typeError("__traceback__ must be a traceback or None");
            }
            ((PyBaseException) self).traceback = v == PyNone.NONE ? null : v;
        });
        t.getset("__dict__", self -> self.getDict(), null);
        t.method("with_traceback", (self, tb) -> {
            if (tb != PyNone.NONE && !tb.getType().getName().equals("traceback")) {
                throw PyExc.typeError("__traceback__ must be a traceback or None");
            }
            ((PyBaseException) self).traceback = tb == PyNone.NONE ? null : tb;
            return self;
        });
        t.method("add_note", (self, note) -> {
            if (!(note instanceof PyUnicode)) {
                throw PyExc.typeError("note must be a str, not '" + note.getType().getName() + "'");
            }
            PyBaseException e = (PyBaseException) self;
            PyObject notes = e.dict.getItem(PyUnicode.of("__notes__"));
            if (notes == null) {
                notes = new PyList();
                e.setAttr("__notes__", notes);
            }
            if (!(notes instanceof PyList)) {
                throw PyExc.typeError("Cannot add note: __notes__ is not a list");
            }
            ((PyList) notes).append(note);
            return PyNone.NONE;
        });
        // pickling: (type, args), plus the instance dict when it holds attributes
        t.method("__reduce__", self -> {
            PyBaseException e = (PyBaseException) self;
            return e.dict.size() == 0 ? new PyTuple(self.getType(), e.args)
                    : new PyTuple(self.getType(), e.args, e.dict);
        });
        t.method("__setstate__", (self, state) -> {
            if (state != PyNone.NONE) {
                if (!(state instanceof PyDict)) {
                    throw PyExc.typeError("state is not a dictionary");
                }
                for (java.util.Map.Entry<PyObject, PyObject> entry : ((PyDict) state).entries()) {
                    if (!(entry.getKey() instanceof PyUnicode name)) {
                        throw PyExc.typeError("attribute name must be string, not '"
                                + entry.getKey().getType().getName() + "'");
                    }
                    Abstract.setAttr(self, name, entry.getValue());
                }
            }
            return PyNone.NONE;
        });
    }

    static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    static void setupStopIteration(PyType t) {
        t.init = (self, args, off, nargs, kw) -> {
            PyBaseException e = (PyBaseException) self;
            e.args = PyTuple.copyOf(args, off, nargs);
            e.setAttr("value", nargs > 0 ? args[off] : PyNone.NONE);
        };
        t.getset("value", self -> ((PyBaseException) self).attr("value"),
                (d, self, v) -> ((PyBaseException) self).setAttr("value", v == null ? PyNone.NONE : v));
    }

    static void setupSystemExit(PyType t) {
        t.init = (self, args, off, nargs, kw) -> {
            PyBaseException e = (PyBaseException) self;
            e.args = PyTuple.copyOf(args, off, nargs);
            e.setAttr("code", nargs == 0 ? PyNone.NONE : nargs == 1 ? args[off] : e.args);
        };
    }

    /** NameError(name=…) and AttributeError(name=…, obj=…). */
    static void setupNamed(PyType t, boolean withObj) {
        t.init = (self, args, off, nargs, kw) -> {
            PyBaseException e = (PyBaseException) self;
            e.args = PyTuple.copyOf(args, off, nargs);
            PyObject name = PyNone.NONE;
            PyObject obj = PyNone.NONE;
            for (int i = 0; kw != null && i < kw.size(); i++) {
                String k = ((PyUnicode) kw.get(i)).value;
                if (k.equals("name")) {
                    name = args[off + nargs + i];
                } else if (withObj && k.equals("obj")) {
                    obj = args[off + nargs + i];
                } else {
                    throw PyExc.typeError("'" + k + "' is an invalid keyword argument for " + t.getName() + "()");
                }
            }
            e.setAttr("name", name);
            if (withObj) {
                e.setAttr("obj", obj);
            }
        };
    }

    static void setupImportError(PyType t) {
        t.init = (self, args, off, nargs, kw) -> {
            PyBaseException e = (PyBaseException) self;
            e.args = PyTuple.copyOf(args, off, nargs);
            e.setAttr("msg", nargs == 1 ? args[off] : PyNone.NONE);
            PyObject name = PyNone.NONE;
            PyObject path = PyNone.NONE;
            for (int i = 0; kw != null && i < kw.size(); i++) {
                String k = ((PyUnicode) kw.get(i)).value;
                if (k.equals("name")) {
                    name = args[off + nargs + i];
                } else if (k.equals("path")) {
                    path = args[off + nargs + i];
                } else {
                    throw PyExc.typeError("'" + k + "' is an invalid keyword argument for " + t.getName() + "()");
                }
            }
            e.setAttr("name", name);
            e.setAttr("path", path);
        };
        t.str = self -> {
            PyBaseException e = (PyBaseException) self;
            PyObject msg = e.attr("msg");
            if (msg != PyNone.NONE) {
                return Abstract.str(msg);
            }
            return e.args.size() == 0 ? PyUnicode.EMPTY : e.args.size() == 1 ? Abstract.str(e.args.get(0)) : Abstract.str(e.args);
        };
    }

    static PyObject keyErrorStr(PyObject self) {
        PyBaseException e = (PyBaseException) self;
        if (e.args.size() == 1) {
            return Abstract.repr(e.args.get(0));
        }
        return e.args.size() == 0 ? PyUnicode.EMPTY : Abstract.str(e.args);
    }

    /** The OSError subclass CPython picks for an errno ({@code OSError(2, 'x')} is a FileNotFoundError). */
    private static PyType osErrorSubclass(PyObject errno) {
        if (!(errno instanceof PyLong) || !((PyLong) errno).fitsInt()) {
            return null;
        }
        switch (((PyLong) errno).intValue()) {
            case 1: case 13: return PyExc.PermissionError;
            case 2: return PyExc.FileNotFoundError;
            case 3: return PyExc.ProcessLookupError;
            case 4: return PyExc.InterruptedError;
            case 10: return PyExc.ChildProcessError;
            case 11: case 114: case 115: return PyExc.BlockingIOError;
            case 17: return PyExc.FileExistsError;
            case 20: return PyExc.NotADirectoryError;
            case 21: return PyExc.IsADirectoryError;
            case 32: case 108: return PyExc.BrokenPipeError;
            case 103: return PyExc.ConnectionAbortedError;
            case 104: return PyExc.ConnectionResetError;
            case 110: return PyExc.TimeoutError;
            case 111: return PyExc.ConnectionRefusedError;
            default: return null;
        }
    }

    static void setupOSError(PyType t) {
        t.newFunc = (type, args, off, nargs, kw) -> {
            PyType cls = type;
            if (type == PyExc.OSError && nargs >= 2) {
                PyType sub = osErrorSubclass(args[off]);
                if (sub != null) {
                    cls = sub;
                }
            }
            return new PyBaseException(cls, PyTuple.copyOf(args, off, nargs));
        };
        t.init = (self, args, off, nargs, kw) -> {
            PyBaseException e = (PyBaseException) self;
            e.args = PyTuple.copyOf(args, off, nargs);
            PyObject none = PyNone.NONE;
            e.setAttr("errno", nargs >= 2 && nargs <= 5 ? args[off] : none);
            e.setAttr("strerror", nargs >= 2 && nargs <= 5 ? args[off + 1] : none);
            e.setAttr("filename", nargs >= 3 && nargs <= 5 ? args[off + 2] : none);
            e.setAttr("filename2", nargs == 5 ? args[off + 4] : none);
            if (nargs >= 3 && nargs <= 5) {
                e.args = new PyTuple(args[off], args[off + 1]);
            }
        };
        t.str = self -> {
            PyBaseException e = (PyBaseException) self;
            PyObject errno = e.attr("errno");
            PyObject strerror = e.attr("strerror");
            PyObject fn = e.attr("filename");
            PyObject fn2 = e.attr("filename2");
            if (fn != PyNone.NONE) {
                if (fn2 != PyNone.NONE) {
                    return PyUnicode.of("[Errno " + Abstract.str(errno).value + "] " + Abstract.str(strerror).value
                            + ": " + Abstract.repr(fn).value + " -> " + Abstract.repr(fn2).value);
                }
                return PyUnicode.of("[Errno " + Abstract.str(errno).value + "] " + Abstract.str(strerror).value
                        + ": " + Abstract.repr(fn).value);
            }
            if (errno != PyNone.NONE && strerror != PyNone.NONE) {
                return PyUnicode.of("[Errno " + Abstract.str(errno).value + "] " + Abstract.str(strerror).value);
            }
            return e.args.size() == 0 ? PyUnicode.EMPTY : e.args.size() == 1 ? Abstract.str(e.args.get(0)) : Abstract.str(e.args);
        };
    }

    static void setupSyntaxError(PyType t) {
        String[] fields = {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"};
        t.init = (self, args, off, nargs, kw) -> {
            PyBaseException e = (PyBaseException) self;
            e.args = PyTuple.copyOf(args, off, nargs);
            for (String f : fields) {
                e.setAttr(f, PyNone.NONE);
            }
            if (nargs >= 1) {
                e.setAttr("msg", args[off]);
            }
            if (nargs == 2) {
                PyTuple info = PyTuple.fromIterable(args[off + 1]);
                if (info.size() < 4 || info.size() > 6) {
                    throw PyExc.indexError("tuple index out of range");
                }
                for (int i = 0; i < info.size(); i++) {
                    e.setAttr(fields[i + 1], info.get(i));
                }
            }
        };
        t.str = self -> {
            PyBaseException e = (PyBaseException) self;
            PyObject msg = e.attr("msg");
            String m = msg == PyNone.NONE ? (e.args.size() > 0 ? Abstract.str(e.args.get(0)).value : "None") : Abstract.str(msg).value;
            PyObject fn = e.attr("filename");
            PyObject ln = e.attr("lineno");
            String base = null;
            if (fn instanceof PyUnicode) {
                String f = ((PyUnicode) fn).value;
                int slash = f.lastIndexOf('/');
                base = f.substring(slash + 1);
            }
            if (base != null && ln instanceof PyLong) {
                return PyUnicode.of(m + " (" + base + ", line " + Abstract.str(ln).value + ")");
            }
            if (base != null) {
                return PyUnicode.of(m + " (" + base + ")");
            }
            if (ln instanceof PyLong) {
                return PyUnicode.of(m + " (line " + Abstract.str(ln).value + ")");
            }
            return PyUnicode.of(m);
        };
    }

    // --- BaseExceptionGroup / ExceptionGroup (PEP 654) ---

    static void setupGroup(PyType t) {
        t.newFunc = (type, args, off, nargs, kw) -> {
            if (kw != null && kw.size() > 0) {
                throw PyExc.typeError(type.getName() + "() takes no keyword arguments");
            }
            if (nargs != 2) {
                throw PyExc.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + nargs + " given)");
            }
            PyObject msg = args[off];
            PyObject excs = args[off + 1];
            if (!(msg instanceof PyUnicode)) {
                throw PyExc.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + msg.getType().getName());
            }
            if (!Abstract.isSequence(excs)) {
                throw PyExc.typeError("second argument (exceptions) must be a sequence");
            }
            PyTuple seq = PyTuple.fromIterable(excs);
            if (seq.size() == 0) {
                throw PyExc.valueError("second argument (exceptions) must be a non-empty sequence");
            }
            boolean allExceptions = true;
            for (int i = 0; i < seq.size(); i++) {
                PyObject x = seq.get(i);
                if (!(x instanceof PyBaseException)) {
                    throw PyExc.valueError("Item " + i + " of second argument (exceptions) is not an exception");
                }
                if (!x.getType().isSubtypeOf(PyExc.Exception)) {
                    allExceptions = false;
                }
            }
            PyType cls = type;
            if (cls == PyExc.BaseExceptionGroup) {
                if (allExceptions) {
                    cls = PyExc.ExceptionGroup;
                }
            } else if (cls == PyExc.ExceptionGroup) {
                if (!allExceptions) {
                    throw PyExc.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
                }
            } else if (!allExceptions && !cls.isSubtypeOf(PyExc.Exception)) {
                // a user subclass of BaseExceptionGroup may hold anything
            } else if (!allExceptions) {
                throw PyExc.typeError("Cannot nest BaseExceptions in '" + cls.getName() + "'");
            }
            // args keep the sequence as passed (a list stays a list); .exceptions is a tuple.
            PyBaseException e = new PyBaseException(cls, new PyTuple(msg, excs));
            e.setAttr("message", msg);
            e.setAttr("exceptions", seq);
            return e;
        };
        t.init = (self, args, off, nargs, kw) -> { };
        t.str = self -> {
            PyBaseException e = (PyBaseException) self;
            int n = ((PyTuple) e.attr("exceptions")).size();
            return PyUnicode.of(Abstract.str(e.attr("message")).value + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")");
        };
        t.getset("message", self -> ((PyBaseException) self).attr("message"), null);
        t.getset("exceptions", self -> ((PyBaseException) self).attr("exceptions"), null);
        t.method("derive", (self, excs) -> Abstract.call(PyExc.BaseExceptionGroup,
                ((PyBaseException) self).attr("message"), excs));
        t.method("split", (self, cond) -> {
            PyObject[] r = split((PyBaseException) self, cond);
            return new PyTuple(r[0] == null ? PyNone.NONE : r[0], r[1] == null ? PyNone.NONE : r[1]);
        });
        t.method("subgroup", (self, cond) -> {
            PyObject[] r = split((PyBaseException) self, cond);
            return r[0] == null ? PyNone.NONE : r[0];
        });
    }

    private static boolean conditionMatches(PyObject cond, PyObject exc) {
        if (cond instanceof PyType) {
            return exc.getType().isSubtypeOf((PyType) cond);
        }
        if (cond instanceof PyTuple) {
            for (PyObject c : ((PyTuple) cond).items()) {
                if (c instanceof PyType && exc.getType().isSubtypeOf((PyType) c)) {
                    return true;
                }
            }
            return false;
        }
        if (Abstract.isCallable(cond)) {
            return Abstract.isTrue(Abstract.call(cond, exc));
        }
        throw PyExc.typeError("expected a function, exception type or tuple of exception types");
    }

    /** {@code eg.split(cond)}: [match, rest], each null when empty; keeps tracebacks and notes. */
    static PyObject[] split(PyBaseException eg, PyObject cond) {
        if (conditionMatches(cond, eg)) {
            return new PyObject[] {eg, null};
        }
        PyTuple excs = (PyTuple) eg.attr("exceptions");
        List<PyObject> match = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyObject x : excs.items()) {
            if (x.getType().isSubtypeOf(PyExc.BaseExceptionGroup)) {
                PyObject[] r = split((PyBaseException) x, cond);
                if (r[0] != null) {
                    match.add(r[0]);
                }
                if (r[1] != null) {
                    rest.add(r[1]);
                }
            } else if (conditionMatches(cond, x)) {
                match.add(x);
            } else {
                rest.add(x);
            }
        }
        return new PyObject[] {derived(eg, match), derived(eg, rest)};
    }

    private static PyObject derived(PyBaseException eg, List<PyObject> items) {
        if (items.isEmpty()) {
            return null;
        }
        PyObject d = Abstract.callMethod(eg, "derive", new PyList(items));
        if (d instanceof PyBaseException) {
            PyBaseException de = (PyBaseException) d;
            de.traceback = eg.traceback;
            de.cause = eg.cause;
            de.suppressContext = true; // copied the way __cause__ is set, which also suppresses the context
            de.context = eg.context;
            PyObject notes = eg.dict.getItem(PyUnicode.of("__notes__"));
            if (notes != null) {
                de.setAttr("__notes__", notes);
            }
        }
        return d;
    }
}
