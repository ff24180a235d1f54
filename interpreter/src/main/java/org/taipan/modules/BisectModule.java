package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.CompareOp;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.vm.InterpreterState;

/**
 * {@code _bisect}: binary search and insertion into sorted sequences, in Java because programs
 * call them in tight loops; {@code bisect.py} re-exports them with the short aliases.
 */
public final class BisectModule {
    private static final String[] NAMES = {"a", "x", "lo", "hi", "key"};

    private BisectModule() {
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_bisect");
        m.addFunction("bisect_right", (self, a, off, n, kw) -> PyLong.of(search("bisect_right", true, a, off, n, kw, null)));
        m.addFunction("bisect_left", (self, a, off, n, kw) -> PyLong.of(search("bisect_left", false, a, off, n, kw, null)));
        m.addFunction("insort_right", (self, a, off, n, kw) -> insort("insort_right", true, a, off, n, kw));
        m.addFunction("insort_left", (self, a, off, n, kw) -> insort("insort_left", false, a, off, n, kw));
        return m;
    }

    private static PyObject[] bind(String name, PyObject[] args, int off, int nargs, PyTuple kw) {
        if (nargs > 4) {
            // key is keyword-only
            throw PyExc.typeError(name + "() takes at most 4 positional arguments (" + nargs + " given)");
        }
        return ArgParser.bind(name, NAMES, 0, 2, args, off, nargs, kw);
    }

    /**
     * The insertion point of {@code x} (or of {@code key(x)} when {@code keyed}) in {@code a[lo:hi]},
     * after equal items when {@code right}.
     */
    private static long search(String name, boolean right, PyObject[] args, int off, int nargs, PyTuple kw, PyObject[] bound) {
        PyObject[] p = bound != null ? bound : bind(name, args, off, nargs, kw);
        PyObject a = p[0];
        PyObject x = p[1];
        long lo = p[2] == null ? 0 : Abstract.asClampedIndex(p[2]);
        long hi = p[3] == null || p[3] == PyNone.NONE ? -1 : Abstract.asClampedIndex(p[3]);
        PyObject key = p[4] == null || p[4] == PyNone.NONE ? null : p[4];
        if (lo < 0) {
            throw PyExc.valueError("lo must be non-negative");
        }
        if (hi == -1) {
            hi = Abstract.length(a);
        }
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject item = a instanceof PyList && ((PyList) a).size() > mid
                    ? ((PyList) a).get((int) mid) : Abstract.getItem(a, PyLong.of(mid));
            if (key != null) {
                item = Abstract.call(key, item);
            }
            boolean goLeft = right
                    ? Abstract.richCompareBool(x, item, CompareOp.LT)
                    : !Abstract.richCompareBool(item, x, CompareOp.LT);
            if (goLeft) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static PyObject insort(String name, boolean right, PyObject[] args, int off, int nargs, PyTuple kw) {
        PyObject[] p = bind(name, args, off, nargs, kw);
        PyObject x = p[1];
        if (p[4] != null && p[4] != PyNone.NONE) {
            // the search compares keys, so it looks for key(x)
            p = p.clone();
            p[1] = Abstract.call(p[4], x);
        }
        long index = search(name, right, null, 0, 0, null, p);
        if (p[0] instanceof PyList && p[0].getType() == org.taipan.objects.PyList.TYPE) {
            ((PyList) p[0]).insert((int) Math.min(index, Integer.MAX_VALUE), x);
        } else {
            Abstract.callMethod(p[0], "insert", PyLong.of(index), x);
        }
        return PyNone.NONE;
    }
}
