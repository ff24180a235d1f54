package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;

/**
 * {@code itertools.islice(iterable, [start,] stop[, step])}: consumes exactly the items CPython
 * consumes (nothing past {@code stop}).
 */
final class ItertoolsIslice extends ItertoolsIterator {
    private static final String INDICES = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    private static final String STOP = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    private static final long NONE = Long.MIN_VALUE;

    static final PyType TYPE = type("islice", t -> t.newFunc = (type, a, off, n, kw) -> {
        if (type == ItertoolsIslice.TYPE) {
            ArgParser.noKeywords("islice", kw);
        }
        if (n < 2) {
            throw PyExc.typeError("islice expected at least 2 arguments, got " + n);
        }
        if (n > 4) {
            throw PyExc.typeError("islice expected at most 4 arguments, got " + n);
        }
        // CPython's order of checks: stop, then start, then the ranges, then step
        long stop = convert(a[off + (n == 2 ? 1 : 2)], STOP);
        long start = n == 2 ? 0 : convert(a[off + 1], INDICES);
        long step = 1;
        if (n == 4 && a[off + 3] != PyNone.NONE) {
            step = isIndex(a[off + 3]) && Abstract.index(a[off + 3]).fitsLong() ? Abstract.asClampedIndex(a[off + 3]) : -1;
        }
        if (start == NONE) {
            start = 0;
        }
        if (stop == NONE) {
            stop = -1; // no stop
        } else if (stop < 0 || start < 0) {
            throw PyExc.valueError(INDICES);
        }
        if (start < 0) {
            throw PyExc.valueError(INDICES);
        }
        if (step < 1) {
            throw PyExc.valueError("Step for islice() must be a positive integer or None.");
        }
        return new ItertoolsIslice(type, Abstract.getIter(a[off]), start, stop, step);
    });

    /**
     * An index argument as CPython's PyNumber_AsSsize_t reads it: None is {@link #NONE}; a non-int, an
     * overflow or exactly -1 (that function's error value) raise {@code message}.
     */
    private static long convert(PyObject v, String message) {
        if (v == PyNone.NONE) {
            return NONE;
        }
        if (!isIndex(v) || !Abstract.index(v).fitsLong()) {
            throw PyExc.valueError(message);
        }
        long x = Abstract.asClampedIndex(v);
        if (x == -1) {
            throw PyExc.valueError(message);
        }
        return x;
    }

    private PyObject it;
    private long next;
    private final long stop;
    private final long step;
    private long pos;

    private ItertoolsIslice(PyType type, PyObject it, long start, long stop, long step) {
        super(type);
        this.it = it;
        this.next = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    PyObject step() {
        PyObject src = it;
        if (src == null) {
            return null;
        }
        while (pos < next) {
            if (stop >= 0 && pos >= stop) {
                it = null;
                return null;
            }
            if (Abstract.next(src) == null) {
                it = null;
                return null;
            }
            pos++;
        }
        if (stop >= 0 && pos >= stop) {
            it = null;
            return null;
        }
        PyObject x = Abstract.next(src);
        if (x == null) {
            it = null;
            return null;
        }
        pos++;
        long nx = next + step;
        next = nx < next ? Long.MAX_VALUE : nx;
        return x;
    }
}
