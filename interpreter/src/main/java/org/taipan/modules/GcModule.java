package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PySet;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.InterpreterState;

/**
 * {@code gc}: the garbage collector interface. The JVM's collector does the work, so the
 * generations, counts and thresholds are CPython's bookkeeping kept for programs that read or
 * set them; {@code collect()} runs a full JVM collection and then the callbacks of weak
 * references whose referents it freed, which is when CPython code expects them.
 */
public final class GcModule {
    private static final int DEBUG_STATS = 1;
    private static final int DEBUG_COLLECTABLE = 2;
    private static final int DEBUG_UNCOLLECTABLE = 4;
    private static final int DEBUG_SAVEALL = 32;
    private static final int DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

    /** Per-interpreter collector settings (CPython keeps them in the interpreter state too). */
    private static final class State {
        boolean enabled = true;
        int debug;
        long[] thresholds = {700, 10, 10};
        final long[] collections = new long[3];
        int frozen;
    }

    private GcModule() {
    }

    public static PyModule create(InterpreterState interp) {
        State st = new State();
        PyModule m = new PyModule("gc");
        PyDict d = m.getDict();
        PyList callbacks = new PyList();
        d.setStr("callbacks", callbacks);
        d.setStr("garbage", new PyList());
        d.setStr("DEBUG_STATS", PyLong.of(DEBUG_STATS));
        d.setStr("DEBUG_COLLECTABLE", PyLong.of(DEBUG_COLLECTABLE));
        d.setStr("DEBUG_UNCOLLECTABLE", PyLong.of(DEBUG_UNCOLLECTABLE));
        d.setStr("DEBUG_SAVEALL", PyLong.of(DEBUG_SAVEALL));
        d.setStr("DEBUG_LEAK", PyLong.of(DEBUG_LEAK));
        m.addFunction("enable", (self, a, off, n, kw) -> {
            noArgs("enable", n, kw);
            st.enabled = true;
            return PyNone.NONE;
        });
        m.addFunction("disable", (self, a, off, n, kw) -> {
            noArgs("disable", n, kw);
            st.enabled = false;
            return PyNone.NONE;
        });
        m.addFunction("isenabled", (self, a, off, n, kw) -> {
            noArgs("isenabled", n, kw);
            return PyBool.of(st.enabled);
        });
        m.addFunction("collect", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("collect", new String[] {"generation"}, 0, 0, a, off, n, kw);
            int generation = 2;
            if (p[0] != null) {
                long g = Abstract.asClampedIndex(p[0]);
                if (g < 0 || g > 2) {
                    throw PyExc.valueError("invalid generation");
                }
                generation = (int) g;
            }
            runCallbacks(callbacks, "start", generation);
            System.gc();
            WeakrefLists.sweep();
            st.collections[generation]++;
            runCallbacks(callbacks, "stop", generation);
            // the JVM does not report how many unreachable objects it found
            return PyLong.of(0);
        });
        m.addFunction("get_count", (self, a, off, n, kw) -> {
            noArgs("get_count", n, kw);
            return new PyTuple(PyLong.of(0), PyLong.of(0), PyLong.of(0));
        });
        m.addFunction("get_threshold", (self, a, off, n, kw) -> {
            noArgs("get_threshold", n, kw);
            return new PyTuple(PyLong.of(st.thresholds[0]), PyLong.of(st.thresholds[1]), PyLong.of(st.thresholds[2]));
        });
        m.addFunction("set_threshold", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("set_threshold", kw);
            if (n < 1 || n > 3) {
                throw PyExc.typeError(n < 1 ? "set_threshold() takes at least 1 argument (0 given)"
                        : "set_threshold() takes at most 3 arguments (" + n + " given)");
            }
            for (int i = 0; i < n; i++) {
                st.thresholds[i] = Abstract.asClampedIndex(a[off + i]);
            }
            return PyNone.NONE;
        });
        m.addFunction("get_debug", (self, a, off, n, kw) -> {
            noArgs("get_debug", n, kw);
            return PyLong.of(st.debug);
        });
        m.addFunction("set_debug", (self, a, off, n, kw) -> {
            ArgParser.checkCount("set_debug", n, 1, 1);
            st.debug = (int) Abstract.asClampedIndex(a[off]);
            return PyNone.NONE;
        });
        m.addFunction("get_stats", (self, a, off, n, kw) -> {
            noArgs("get_stats", n, kw);
            PyObject[] gens = new PyObject[3];
            for (int i = 0; i < 3; i++) {
                PyDict s = new PyDict();
                s.setStr("collections", PyLong.of(st.collections[i]));
                s.setStr("collected", PyLong.of(0));
                s.setStr("uncollectable", PyLong.of(0));
                gens[i] = s;
            }
            return new PyList(gens, 3);
        });
        m.addFunction("get_objects", (self, a, off, n, kw) -> {
            ArgParser.bind("get_objects", new String[] {"generation"}, 0, 0, a, off, n, kw);
            // the JVM cannot enumerate its heap from inside; CPython's list is of tracked objects
            return new PyList();
        });
        m.addFunction("get_referrers", (self, a, off, n, kw) -> new PyList());
        m.addFunction("get_referents", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("get_referents", kw);
            PyList out = new PyList();
            for (int i = 0; i < n; i++) {
                referents(a[off + i], out);
            }
            return out;
        });
        m.addFunction("is_tracked", (self, a, off, n, kw) -> {
            if (n != 1) {
                throw PyExc.typeError("gc.is_tracked() takes exactly one argument (" + n + " given)");
            }
            return PyBool.of(isTracked(a[off]));
        });
        m.addFunction("is_finalized", (self, a, off, n, kw) -> {
            if (n != 1) {
                throw PyExc.typeError("gc.is_finalized() takes exactly one argument (" + n + " given)");
            }
            return PyBool.FALSE;
        });
        m.addFunction("freeze", (self, a, off, n, kw) -> {
            noArgs("freeze", n, kw);
            return PyNone.NONE;
        });
        m.addFunction("unfreeze", (self, a, off, n, kw) -> {
            noArgs("unfreeze", n, kw);
            st.frozen = 0;
            return PyNone.NONE;
        });
        m.addFunction("get_freeze_count", (self, a, off, n, kw) -> {
            noArgs("get_freeze_count", n, kw);
            return PyLong.of(st.frozen);
        });
        return m;
    }

    private static void noArgs(String name, int n, PyTuple kw) {
        ArgParser.noKeywords(name, kw);
        if (n != 0) {
            throw PyExc.typeError("gc." + name + "() takes no arguments (" + n + " given)");
        }
    }

    private static void runCallbacks(PyList callbacks, String phase, int generation) {
        PyObject[] cbs = callbacks.toArray();
        if (cbs.length == 0) {
            return;
        }
        PyDict info = new PyDict();
        info.setStr("generation", PyLong.of(generation));
        info.setStr("collected", PyLong.of(0));
        info.setStr("uncollectable", PyLong.of(0));
        for (PyObject cb : cbs) {
            try {
                Abstract.call(cb, PyUnicode.of(phase), info);
            } catch (org.taipan.objects.PyException ex) {
                UnraisableHook.report(ex.value, null, cb);
            }
        }
    }

    /**
     * CPython's rule for which objects the collector tracks: objects of types without GC support
     * (numbers, strings, bytes, bytearray, None, range) never; a dict only once it holds a key or
     * value of a GC type; every other container and instance (tuples too: CPython untracks
     * atom-only tuples only during a collection).
     */
    private static boolean isTracked(PyObject o) {
        if (!(o instanceof PyDict) || o.getType().isHeapType) {
            return hasGcSupport(o);
        }
        PyObject it = Abstract.getIter(Abstract.callMethod(o, "items"));
        for (PyObject kv = Abstract.next(it); kv != null; kv = Abstract.next(it)) {
            if (hasGcSupport(((PyTuple) kv).get(0)) || hasGcSupport(((PyTuple) kv).get(1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasGcSupport(PyObject o) {
        PyType t = o.getType();
        if (t.isHeapType) {
            return true;
        }
        switch (t.getName()) {
            case "int": case "bool": case "float": case "complex": case "str": case "bytes":
            case "bytearray": case "NoneType": case "NotImplementedType": case "ellipsis": case "range":
                return false;
            default:
                return true;
        }
    }

    private static void referents(PyObject o, PyList out) {
        if (o instanceof PyTuple || o instanceof PyList) {
            // CPython's traversal of sequences runs from the last item to the first
            PyObject[] items = o instanceof PyTuple ? ((PyTuple) o).items() : ((PyList) o).toArray();
            for (int i = items.length - 1; i >= 0; i--) {
                out.append(items[i]);
            }
        } else if (o instanceof PySet) {
            PyObject it = Abstract.getIter(o);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                out.append(x);
            }
        } else if (o instanceof PyDict) {
            PyObject it = Abstract.getIter(Abstract.callMethod(o, "items"));
            for (PyObject kv = Abstract.next(it); kv != null; kv = Abstract.next(it)) {
                // str keys are not followed (CPython's str-keyed tables hold no trackable keys)
                if (!(((PyTuple) kv).get(0) instanceof PyUnicode)) {
                    out.append(((PyTuple) kv).get(0));
                }
                out.append(((PyTuple) kv).get(1));
            }
        }
    }
}
