package org.taipan.objects;

/** {@code range}, {@code enumerate}, {@code zip}, {@code map}, {@code filter}, {@code reversed} and their iterators. */
public final class IterTypes {
    private IterTypes() {
    }

    public static PyType RANGE, RANGE_ITER, ENUMERATE, ZIP, MAP, FILTER, REVERSED;

    /** A lazily computed iterator: {@link #step} returns the next item or null. */
    abstract static class Lazy extends PyObject {
        final PyType type;

        Lazy(PyType type) {
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        abstract PyObject step();
    }

    static final class Range extends PyObject {
        final long start;
        final long stop;
        final long step;
        final long length;

        Range(long start, long stop, long step) {
            this.start = start;
            this.stop = stop;
            this.step = step;
            long n;
            if (step > 0) {
                n = start < stop ? (stop - start - 1) / step + 1 : 0;
            } else {
                n = start > stop ? (start - stop - 1) / -step + 1 : 0;
            }
            this.length = n;
        }

        @Override
        public PyType getType() {
            return RANGE;
        }
    }

    static final class RangeIter extends Lazy {
        long next;
        final long step;
        long remaining;

        RangeIter(long start, long step, long n) {
            super(RANGE_ITER);
            this.next = start;
            this.step = step;
            this.remaining = n;
        }

        @Override
        PyObject step() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return PyLong.of(v);
        }
    }

    private static long rangeArg(PyObject o) {
        return Abstract.index(o).asLongExact();
    }

    static void createTypes() {
        RANGE = PyType.builtin("range", null, t -> {
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
                    return new Range(0, rangeArg(a[off]), 1);
                }
                long step = n == 3 ? rangeArg(a[off + 2]) : 1;
                if (step == 0) {
                    throw PyExc.valueError("range() arg 3 must not be zero");
                }
                return new Range(rangeArg(a[off]), rangeArg(a[off + 1]), step);
            };
            t.iter = self -> {
                Range r = (Range) self;
                return new RangeIter(r.start, r.step, r.length);
            };
            t.len = self -> (int) ((Range) self).length;
            t.repr = self -> {
                Range r = (Range) self;
                return PyUnicode.of("range(" + r.start + ", " + r.stop + (r.step == 1 ? "" : ", " + r.step) + ")");
            };
            t.getitem = (self, key) -> {
                Range r = (Range) self;
                if (key instanceof PySlice) {
                    int[] ix = ((PySlice) key).indices((int) r.length);
                    long s = r.start + ix[0] * r.step;
                    long st = r.step * ix[2];
                    return new Range(s, s + PySlice.length(ix) * st, st);
                }
                long i = Abstract.index(key).asLongExact();
                if (i < 0) {
                    i += r.length;
                }
                if (i < 0 || i >= r.length) {
                    throw PyExc.indexError("range object index out of range");
                }
                return PyLong.of(r.start + i * r.step);
            };
            t.contains = (self, x) -> {
                Range r = (Range) self;
                if (x instanceof PyLong && x.getType() == PyLong.TYPE) {
                    long v = ((PyLong) x).longValue();
                    if (!((PyLong) x).fitsLong()) {
                        return false;
                    }
                    if (r.step > 0 ? (v < r.start || v >= r.stop) : (v > r.start || v <= r.stop)) {
                        return false;
                    }
                    return (v - r.start) % r.step == 0;
                }
                for (long i = 0; i < r.length; i++) {
                    if (Abstract.richCompareBool(PyLong.of(r.start + i * r.step), x, CompareOp.EQ)) {
                        return true;
                    }
                }
                return false;
            };
            t.richcompare = (a, b, op) -> {
                if (!(b instanceof Range) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                Range x = (Range) a;
                Range y = (Range) b;
                boolean eq = x.length == y.length && (x.length == 0
                        || (x.start == y.start && (x.length == 1 || x.step == y.step)));
                return PyBool.of(eq == (op == CompareOp.EQ));
            };
            t.hash = self -> {
                Range r = (Range) self;
                return TupleMethods.hash(new PyObject[] {PyLong.of(r.length),
                    r.length == 0 ? PyNone.NONE : PyLong.of(r.start), r.length <= 1 ? PyNone.NONE : PyLong.of(r.step)});
            };
            t.getset("start", self -> PyLong.of(((Range) self).start), null);
            t.getset("stop", self -> PyLong.of(((Range) self).stop), null);
            t.getset("step", self -> PyLong.of(((Range) self).step), null);
            t.method("index", (self, x) -> {
                Range r = (Range) self;
                if (r.getType().contains.contains(self, x)) {
                    return PyLong.of((((PyLong) x).longValue() - r.start) / r.step);
                }
                throw PyExc.valueError(Abstract.repr(x).value + " is not in range");
            });
            t.method("count", (self, x) -> PyLong.of(self.getType().contains.contains(self, x) ? 1 : 0));
        });
        RANGE_ITER = lazyType("range_iterator");
        ENUMERATE = lazyType("enumerate");
        ENUMERATE.acceptsSubclasses = true;
        ENUMERATE.newFunc = (type, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("enumerate", new String[] {"iterable", "start"}, 0, 1, a, off, n, kw);
            PyObject it = Abstract.getIter(p[0]);
            PyObject[] count = {p[1] == null ? PyLong.of(0) : Abstract.index(p[1])};
            return new Lazy(type) {
                @Override
                PyObject step() {
                    PyObject x = Abstract.next(it);
                    if (x == null) {
                        return null;
                    }
                    PyObject i = count[0];
                    count[0] = NumberProtocol.add(i, PyLong.of(1));
                    return new PyTuple(i, x);
                }
            };
        };
        ZIP = lazyType("zip");
        ZIP.acceptsSubclasses = true;
        ZIP.newFunc = (type, a, off, n, kw) -> {
            boolean strict = false;
            for (int i = 0; kw != null && i < kw.size(); i++) {
                if (!((PyUnicode) kw.get(i)).value.equals("strict")) {
                    throw PyExc.typeError("zip() got an unexpected keyword argument '" + ((PyUnicode) kw.get(i)).value + "'");
                }
                strict = Abstract.isTrue(a[off + n + i]);
            }
            PyObject[] its = new PyObject[n];
            for (int i = 0; i < n; i++) {
                its[i] = Abstract.getIter(a[off + i]);
            }
            final boolean isStrict = strict;
            return new Lazy(type) {
                boolean done = n == 0;

                @Override
                PyObject step() {
                    if (done) {
                        return null;
                    }
                    PyObject[] items = new PyObject[n];
                    for (int i = 0; i < n; i++) {
                        PyObject x = Abstract.next(its[i]);
                        if (x == null) {
                            done = true;
                            if (isStrict) {
                                if (i > 0) {
                                    throw PyExc.valueError("zip() argument " + (i + 1) + " is shorter than argument"
                                            + (i == 1 ? " 1" : "s 1-" + i));
                                }
                                for (int j = 1; j < n; j++) {
                                    if (Abstract.next(its[j]) != null) {
                                        throw PyExc.valueError("zip() argument " + (j + 1) + " is longer than argument"
                                                + (j == 1 ? " 1" : "s 1-" + j));
                                    }
                                }
                            }
                            return null;
                        }
                        items[i] = x;
                    }
                    return new PyTuple(items);
                }
            };
        };
        MAP = lazyType("map");
        MAP.acceptsSubclasses = true;
        MAP.newFunc = (type, a, off, n, kw) -> {
            ArgParser.noKeywords("map", kw);
            if (n < 2) {
                throw PyExc.typeError("map() must have at least two arguments.");
            }
            PyObject f = a[off];
            PyObject[] its = new PyObject[n - 1];
            for (int i = 1; i < n; i++) {
                its[i - 1] = Abstract.getIter(a[off + i]);
            }
            return new Lazy(type) {
                @Override
                PyObject step() {
                    PyObject[] items = new PyObject[its.length];
                    for (int i = 0; i < its.length; i++) {
                        PyObject x = Abstract.next(its[i]);
                        if (x == null) {
                            return null;
                        }
                        items[i] = x;
                    }
                    return Abstract.call(f, items);
                }
            };
        };
        FILTER = lazyType("filter");
        FILTER.acceptsSubclasses = true;
        FILTER.newFunc = (type, a, off, n, kw) -> {
            ArgParser.noKeywords("filter", kw);
            ArgParser.checkCount("filter", n, 2, 2);
            PyObject f = a[off];
            PyObject it = Abstract.getIter(a[off + 1]);
            return new Lazy(type) {
                @Override
                PyObject step() {
                    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                        boolean ok = f == PyNone.NONE ? Abstract.isTrue(x) : Abstract.isTrue(Abstract.call(f, x));
                        if (ok) {
                            return x;
                        }
                    }
                    return null;
                }
            };
        };
        REVERSED = lazyType("reversed");
        REVERSED.acceptsSubclasses = true;
        REVERSED.newFunc = (type, a, off, n, kw) -> {
            ArgParser.noKeywords("reversed", kw);
            ArgParser.checkCount("reversed", n, 1, 1);
            PyObject seq = a[off];
            PyObject rev = Abstract.lookupSpecial(seq, "__reversed__");
            if (rev != null) {
                return Abstract.call(rev);
            }
            if (seq.getType().getitem == null || seq.getType().len == null || seq instanceof PyDict) {
                throw PyExc.notA(seq, "is not reversible");
            }
            long[] i = {Abstract.len(seq) - 1L};
            return new Lazy(type) {
                @Override
                PyObject step() {
                    if (i[0] < 0) {
                        return null;
                    }
                    return Abstract.getItem(seq, PyLong.of(i[0]--));
                }
            };
        };
        PyType.builtin("reversed_list", null, null);
    }

    private static PyType lazyType(String name) {
        return PyType.builtin(name, null, t -> {
            t.acceptsSubclasses = false;
            t.iter = self -> self;
            t.iternext = self -> ((Lazy) self).step();
        });
    }
}
