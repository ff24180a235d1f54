package org.taipan.objects;

import java.math.BigInteger;

/**
 * {@code range}: an immutable arithmetic sequence of ints of any size. Ranges whose values all
 * fit a Java long (nearly all) keep long copies of start/step/length so that iteration,
 * indexing and membership need no big-integer arithmetic; the others compute with BigInteger.
 */
public final class PyRange extends PyObject {
    public static PyType TYPE;
    public static PyType ITER_TYPE;
    public static PyType LONG_ITER_TYPE;

    final PyLong start;
    final PyLong stop;
    final PyLong step;
    final PyLong length;
    /** Every value of the range and its length fit a long: the fields below are valid. */
    final boolean small;
    final long lstart;
    final long lstep;
    final long llength;

    PyRange(PyLong start, PyLong stop, PyLong step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        if (start.fitsLong() && stop.fitsLong() && step.fitsLong()) {
            long lb = start.longValue();
            long le = stop.longValue();
            long ls = step.longValue();
            long limit = 1L << 60;
            if (Math.abs(lb) < limit && Math.abs(le) < limit && Math.abs(ls) < limit) {
                // Every bound and step well inside a long: the length and last item cannot
                // overflow, so no BigInteger arithmetic (range(n) in a loop is common).
                long ln = ls > 0 ? (lb < le ? (le - lb - 1) / ls + 1 : 0) : (lb > le ? (lb - le - 1) / -ls + 1 : 0);
                this.length = PyLong.of(ln);
                this.small = true;
                this.lstart = lb;
                this.lstep = ls;
                this.llength = ln;
                return;
            }
        }
        BigInteger b = start.bigValue();
        BigInteger e = stop.bigValue();
        BigInteger s = step.bigValue();
        BigInteger n;
        if (s.signum() > 0) {
            n = b.compareTo(e) < 0 ? e.subtract(b).subtract(BigInteger.ONE).divide(s).add(BigInteger.ONE) : BigInteger.ZERO;
        } else {
            n = b.compareTo(e) > 0 ? b.subtract(e).subtract(BigInteger.ONE).divide(s.negate()).add(BigInteger.ONE) : BigInteger.ZERO;
        }
        this.length = PyLong.of(n);
        boolean fits = n.bitLength() < 63 && b.bitLength() < 63 && s.bitLength() < 63
                && (n.signum() == 0 || b.add(n.subtract(BigInteger.ONE).multiply(s)).bitLength() < 63)
                && b.add(n.multiply(s)).bitLength() < 63;
        this.small = fits;
        this.lstart = fits ? b.longValue() : 0;
        this.lstep = fits ? s.longValue() : 0;
        this.llength = fits ? n.longValue() : 0;
    }

    /** {@code range(n)} for a non-negative Java int: the common case, without BigInteger. */
    public static PyRange of(long start, long stop, long step) {
        return new PyRange(PyLong.of(start), PyLong.of(stop), PyLong.of(step));
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The item at {@code i} (0 <= i < length), as an int. */
    PyLong item(BigInteger i) {
        return PyLong.of(start.bigValue().add(i.multiply(step.bigValue())));
    }

    /** The length as CPython's Py_ssize_t: up to sys.maxsize (range_length). */
    long lengthAsSsize() {
        if (!length.fitsLong()) {
            throw PyExc.overflowError("Python int too large to convert to C ssize_t");
        }
        return length.longValue();
    }

    /** Membership of an exact int by arithmetic (range_contains_long). */
    boolean containsInt(PyLong x) {
        if (small && x.fitsLong()) {
            long v = x.longValue();
            if (llength == 0) {
                return false;
            }
            long last = lstart + (llength - 1) * lstep;
            boolean inBounds = lstep > 0 ? (v >= lstart && v <= last) : (v <= lstart && v >= last);
            return inBounds && Math.floorMod(v - lstart, lstep) == 0;
        }
        BigInteger v = x.bigValue();
        BigInteger b = start.bigValue();
        BigInteger e = stop.bigValue();
        BigInteger s = step.bigValue();
        boolean inBounds = s.signum() > 0 ? (v.compareTo(b) >= 0 && v.compareTo(e) < 0)
                : (v.compareTo(b) <= 0 && v.compareTo(e) > 0);
        return inBounds && v.subtract(b).mod(s.abs()).signum() == 0;
    }

    private static boolean isExactInt(PyObject x) {
        return x.getType() == PyLong.TYPE || x.getType() == PyBool.TYPE;
    }

    private static PyLong arg(PyObject o) {
        return Abstract.index(o);
    }

    private PyObject getItem(PyObject key) {
        if (key instanceof PySlice) {
            PyTuple ix = ((PySlice) key).indicesObject(length);
            BigInteger lo = ((PyLong) ix.get(0)).bigValue();
            BigInteger hi = ((PyLong) ix.get(1)).bigValue();
            BigInteger st = ((PyLong) ix.get(2)).bigValue();
            BigInteger s = step.bigValue();
            BigInteger b = start.bigValue();
            return new PyRange(PyLong.of(b.add(lo.multiply(s))), PyLong.of(b.add(hi.multiply(s))), PyLong.of(s.multiply(st)));
        }
        if (!(key instanceof PyLong) && key.getType().index == null) {
            throw PyExc.typeError("range indices must be integers or slices, not " + key.getType().getName());
        }
        PyLong k = Abstract.index(key);
        if (small && k.fitsLong()) {
            long i = k.longValue();
            if (i < 0) {
                i += llength;
            }
            if (i < 0 || i >= llength) {
                throw PyExc.indexError("range object index out of range");
            }
            return PyLong.of(lstart + i * lstep);
        }
        BigInteger i = k.bigValue();
        BigInteger n = length.bigValue();
        if (i.signum() < 0) {
            i = i.add(n);
        }
        if (i.signum() < 0 || i.compareTo(n) >= 0) {
            throw PyExc.indexError("range object index out of range");
        }
        return item(i);
    }

    /** An iterator from {@code first} by {@code by}, {@code n} items (range_iterator or longrange_iterator). */
    private static PyObject iterator(PyLong first, PyLong by, PyLong n) {
        if (first.fitsLong() && by.fitsLong() && n.fitsLong()) {
            BigInteger end = first.bigValue().add(by.bigValue().multiply(n.bigValue()));
            if (end.bitLength() < 63) {
                return new RangeIter(first.longValue(), by.longValue(), n.longValue());
            }
        }
        return new LongRangeIter(first.bigValue(), by.bigValue(), n.bigValue());
    }

    /** {@code range_iterator}: counts with longs. */
    public static final class RangeIter extends PyObject {
        long next;
        final long step;
        long remaining;
        long consumed;

        RangeIter(long start, long step, long n) {
            this.next = start;
            this.step = step;
            this.remaining = n;
        }

        @Override
        public PyType getType() {
            return ITER_TYPE;
        }

        /** The next value as a long: callers check {@link #hasNext} first. */
        public long nextLong() {
            remaining--;
            consumed++;
            long v = next;
            next += step;
            return v;
        }

        public boolean hasNext() {
            return remaining > 0;
        }
    }

    /** {@code longrange_iterator}: counts with BigIntegers. */
    static final class LongRangeIter extends PyObject {
        BigInteger next;
        final BigInteger step;
        BigInteger remaining;
        /** The first value and the item count, which {@code __reduce__} and {@code __setstate__} count from. */
        final BigInteger start;
        final BigInteger total;

        LongRangeIter(BigInteger start, BigInteger step, BigInteger n) {
            this.next = start;
            this.step = step;
            this.remaining = n;
            this.start = start;
            this.total = n;
        }

        @Override
        public PyType getType() {
            return LONG_ITER_TYPE;
        }
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.newFunc = (type, a, off, n, kw) -> {
            ArgParser.noKeywords("range", kw);
            if (n == 0) {
                throw PyExc.typeError("range expected at least 1 argument, got 0");
            }
            if (n > 3) {
                throw PyExc.typeError("range expected at most 3 arguments, got " + n);
            }
            if (n == 1) {
                return new PyRange(PyLong.of(0), arg(a[off]), PyLong.of(1));
            }
            PyLong b = arg(a[off]);
            PyLong e = arg(a[off + 1]);
            PyLong s = n == 3 ? arg(a[off + 2]) : PyLong.of(1);
            if (s.signum() == 0) {
                throw PyExc.valueError("range() arg 3 must not be zero");
            }
            return new PyRange(b, e, s);
        };
        t.iter = self -> {
            PyRange r = (PyRange) self;
            if (r.small) {
                return new RangeIter(r.lstart, r.lstep, r.llength);
            }
            return iterator(r.start, r.step, r.length);
        };
        t.len = self -> ((PyRange) self).lengthAsSsize();
        t.bool = self -> ((PyRange) self).length.signum() != 0;
        t.repr = self -> {
            PyRange r = (PyRange) self;
            boolean unit = r.step.fitsLong() && r.step.longValue() == 1;
            return PyUnicode.of("range(" + Abstract.repr(r.start).value + ", " + Abstract.repr(r.stop).value
                    + (unit ? "" : ", " + Abstract.repr(r.step).value) + ")");
        };
        t.getitem = (self, key) -> ((PyRange) self).getItem(key);
        t.contains = (self, x) -> {
            PyRange r = (PyRange) self;
            if (isExactInt(x)) {
                return r.containsInt((PyLong) x);
            }
            PyObject it = Abstract.getIter(self);
            for (PyObject y = Abstract.next(it); y != null; y = Abstract.next(it)) {
                if (Abstract.richCompareBool(y, x, CompareOp.EQ)) {
                    return true;
                }
            }
            return false;
        };
        t.richcompare = (a, b, op) -> {
            if (!(b instanceof PyRange) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyRange x = (PyRange) a;
            PyRange y = (PyRange) b;
            boolean eq = a == b || (x.length.compareTo(y.length) == 0 && (x.length.signum() == 0
                    || (x.start.compareTo(y.start) == 0
                        && ((x.length.fitsLong() && x.length.longValue() == 1) || x.step.compareTo(y.step) == 0))));
            return PyBool.of(eq == (op == CompareOp.EQ));
        };
        t.hash = self -> {
            PyRange r = (PyRange) self;
            boolean one = r.length.fitsLong() && r.length.longValue() == 1;
            return TupleMethods.hash(new PyObject[] {r.length,
                r.length.signum() == 0 ? PyNone.NONE : r.start, r.length.signum() == 0 || one ? PyNone.NONE : r.step});
        };
        t.getset("start", self -> ((PyRange) self).start, null);
        t.getset("stop", self -> ((PyRange) self).stop, null);
        t.getset("step", self -> ((PyRange) self).step, null);
        t.method("__reversed__", self -> {
            PyRange r = (PyRange) self;
            if (r.small) {
                return new RangeIter(r.lstart + (r.llength - 1) * r.lstep, -r.lstep, r.llength);
            }
            BigInteger n = r.length.bigValue();
            BigInteger last = n.signum() == 0 ? r.start.bigValue()
                    : r.start.bigValue().add(n.subtract(BigInteger.ONE).multiply(r.step.bigValue()));
            return iterator(PyLong.of(last), PyLong.of(r.step.bigValue().negate()), r.length);
        });
        t.method("__reduce__", self -> {
            PyRange r = (PyRange) self;
            return new PyTuple(TYPE, new PyTuple(r.start, r.stop, r.step));
        });
        t.method("index", (self, x) -> {
            PyRange r = (PyRange) self;
            if (isExactInt(x)) {
                if (!r.containsInt((PyLong) x)) {
                    throw PyExc.valueError(Abstract.repr(x).value + " is not in range");
                }
                BigInteger i = ((PyLong) x).bigValue().subtract(r.start.bigValue()).divide(r.step.bigValue());
                return PyLong.of(i);
            }
            long i = 0;
            PyObject it = Abstract.getIter(self);
            for (PyObject y = Abstract.next(it); y != null; y = Abstract.next(it), i++) {
                if (Abstract.richCompareBool(y, x, CompareOp.EQ)) {
                    return PyLong.of(i);
                }
            }
            throw PyExc.valueError("sequence.index(x): x not in sequence");
        });
        t.method("count", (self, x) -> {
            PyRange r = (PyRange) self;
            if (isExactInt(x)) {
                return PyLong.of(r.containsInt((PyLong) x) ? 1 : 0);
            }
            long c = 0;
            PyObject it = Abstract.getIter(self);
            for (PyObject y = Abstract.next(it); y != null; y = Abstract.next(it)) {
                if (Abstract.richCompareBool(y, x, CompareOp.EQ)) {
                    c++;
                }
            }
            return PyLong.of(c);
        });
    }

    /** {@code (iter, (range(start, start + total*step, step),), consumed)}: how both range iterators pickle. */
    private static PyObject reduceIter(BigInteger start, BigInteger step, BigInteger total, BigInteger consumed) {
        PyRange r = new PyRange(PyLong.of(start), PyLong.of(start.add(total.multiply(step))), PyLong.of(step));
        return IteratorReduce.at(r, PyLong.of(consumed));
    }

    static void setupIter(PyType t) {
        t.acceptsSubclasses = false;
        t.iter = self -> self;
        t.iternext = self -> {
            RangeIter it = (RangeIter) self;
            return it.remaining > 0 ? PyLong.of(it.nextLong()) : null;
        };
        t.method("__length_hint__", self -> PyLong.of(Math.max(0, ((RangeIter) self).remaining)));
        t.method("__setstate__", (self, state) -> {
            // skips to the given position (from the original start), as rangeiter_setstate
            RangeIter it = (RangeIter) self;
            long total = it.remaining + it.consumed;
            long n = Math.max(0, Math.min(Abstract.asClampedIndex(state), total));
            it.next += (n - it.consumed) * it.step;
            it.remaining = total - n;
            it.consumed = n;
            return PyNone.NONE;
        });
        t.method("__reduce__", self -> {
            RangeIter it = (RangeIter) self;
            BigInteger step = BigInteger.valueOf(it.step);
            BigInteger consumed = BigInteger.valueOf(it.consumed);
            BigInteger start = BigInteger.valueOf(it.next).subtract(consumed.multiply(step));
            return reduceIter(start, step, consumed.add(BigInteger.valueOf(Math.max(0, it.remaining))), consumed);
        });
    }

    static void setupLongIter(PyType t) {
        t.acceptsSubclasses = false;
        t.iter = self -> self;
        t.iternext = self -> {
            LongRangeIter it = (LongRangeIter) self;
            if (it.remaining.signum() <= 0) {
                return null;
            }
            it.remaining = it.remaining.subtract(BigInteger.ONE);
            BigInteger v = it.next;
            it.next = v.add(it.step);
            return PyLong.of(v);
        };
        t.method("__length_hint__", self -> PyLong.of(((LongRangeIter) self).remaining));
        t.method("__reduce__", self -> {
            LongRangeIter it = (LongRangeIter) self;
            return reduceIter(it.start, it.step, it.total, it.total.subtract(it.remaining));
        });
        t.method("__setstate__", (self, state) -> {
            // skips to the given position (from the original start), clamped to 0..total
            LongRangeIter it = (LongRangeIter) self;
            BigInteger n = Abstract.index(state).bigValue().max(BigInteger.ZERO).min(it.total);
            it.next = it.start.add(n.multiply(it.step));
            it.remaining = it.total.subtract(n);
            return PyNone.NONE;
        });
    }
}
