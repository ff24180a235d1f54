package org.taipan.objects;

/** {@code slice}: start/stop/step, and CPython's {@code slice.indices} arithmetic. */
public final class PySlice extends PyObject {
    public static PyType TYPE;
    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** A slice bound as a clamped long (_PyEval_SliceIndex), with CPython's message for bad types. */
    static long boundValue(PyObject o) {
        if (!(o instanceof PyLong) && o.getType().index == null) {
            throw PyExc.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.asClampedIndex(o);
    }

    /** {start, stop, step} adjusted for a sequence of {@code length} (PySlice_AdjustIndices). */
    public int[] indices(int length) {
        long st = step == PyNone.NONE ? 1 : boundValue(step);
        if (st == 0) {
            throw PyExc.valueError("slice step cannot be zero");
        }
        long lo;
        long hi;
        if (start == PyNone.NONE) {
            lo = st < 0 ? length - 1 : 0;
        } else {
            lo = boundValue(start);
            if (lo < 0) {
                lo += length;
                if (lo < 0) {
                    lo = st < 0 ? -1 : 0;
                }
            } else if (lo >= length) {
                lo = st < 0 ? length - 1 : length;
            }
        }
        if (stop == PyNone.NONE) {
            hi = st < 0 ? -1 : length;
        } else {
            hi = boundValue(stop);
            if (hi < 0) {
                hi += length;
                if (hi < 0) {
                    hi = st < 0 ? -1 : 0;
                }
            } else if (hi >= length) {
                hi = st < 0 ? length - 1 : length;
            }
        }
        st = Math.max(-Integer.MAX_VALUE, Math.min(Integer.MAX_VALUE, st));
        return new int[] {(int) lo, (int) hi, (int) st};
    }

    /** The number of items selected by adjusted indices {start, stop, step}. */
    public static int length(int[] r) {
        if (r[2] < 0) {
            return r[1] < r[0] ? (r[0] - r[1] - 1) / -r[2] + 1 : 0;
        }
        return r[0] < r[1] ? (r[1] - r[0] - 1) / r[2] + 1 : 0;
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.hash = TypeSlots.HASH_NOT_IMPLEMENTED;
        t.newFunc = (type, args, off, nargs, kw) -> {
            ArgParser.noKeywords("slice", kw);
            ArgParser.checkCount("slice", nargs, 1, 3);
            if (nargs == 1) {
                return new PySlice(PyNone.NONE, args[off], PyNone.NONE);
            }
            return new PySlice(args[off], args[off + 1], nargs == 3 ? args[off + 2] : PyNone.NONE);
        };
        t.repr = self -> {
            PySlice s = (PySlice) self;
            return PyUnicode.of("slice(" + Abstract.repr(s.start).value + ", " + Abstract.repr(s.stop).value
                    + ", " + Abstract.repr(s.step).value + ")");
        };
        t.richcompare = (a, b, op) -> {
            if (!(b instanceof PySlice)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PySlice x = (PySlice) a;
            PySlice y = (PySlice) b;
            return Abstract.richCompare(new PyTuple(x.start, x.stop, x.step), new PyTuple(y.start, y.stop, y.step), op);
        };
        t.getset("start", self -> ((PySlice) self).start, null);
        t.getset("stop", self -> ((PySlice) self).stop, null);
        t.getset("step", self -> ((PySlice) self).step, null);
        t.method("indices", (self, n) -> ((PySlice) self).indicesObject(Abstract.index(n)));
        t.method("__reduce__", self -> {
            PySlice s = (PySlice) self;
            return new PyTuple(TYPE, new PyTuple(s.start, s.stop, s.step));
        });
    }

    /** {@code slice.indices(length)} in arbitrary precision (_PySlice_GetLongIndices). */
    PyTuple indicesObject(PyLong length) {
        java.math.BigInteger len = length.bigValue();
        if (len.signum() < 0) {
            throw PyExc.valueError("length should not be negative");
        }
        java.math.BigInteger st = java.math.BigInteger.ONE;
        if (step != PyNone.NONE) {
            st = bigBound(step);
            if (st.signum() == 0) {
                throw PyExc.valueError("slice step cannot be zero");
            }
        }
        boolean back = st.signum() < 0;
        java.math.BigInteger lower = back ? java.math.BigInteger.ONE.negate() : java.math.BigInteger.ZERO;
        java.math.BigInteger upper = back ? len.add(lower) : len;
        java.math.BigInteger lo = start == PyNone.NONE ? (back ? upper : lower) : clampBound(bigBound(start), len, lower, upper);
        java.math.BigInteger hi = stop == PyNone.NONE ? (back ? lower : upper) : clampBound(bigBound(stop), len, lower, upper);
        return new PyTuple(PyLong.of(lo), PyLong.of(hi), PyLong.of(st));
    }

    private static java.math.BigInteger bigBound(PyObject o) {
        if (!(o instanceof PyLong) && o.getType().index == null) {
            throw PyExc.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.index(o).bigValue();
    }

    private static java.math.BigInteger clampBound(java.math.BigInteger v, java.math.BigInteger len,
                                                   java.math.BigInteger lower, java.math.BigInteger upper) {
        if (v.signum() < 0) {
            v = v.add(len);
            return v.compareTo(lower) < 0 ? lower : v;
        }
        return v.compareTo(upper) > 0 ? upper : v;
    }
}
