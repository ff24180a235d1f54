package org.taipan.objects;

import java.math.BigInteger;

/**
 * The iterator builtins {@code enumerate}, {@code zip}, {@code map}, {@code filter},
 * {@code reversed}, and the {@code callable_iterator} of {@code iter(callable, sentinel)};
 * {@code range} lives in {@link PyRange}. Each is a type of its own (subclassable like
 * CPython's, except callable_iterator) whose instances compute items lazily.
 */
public final class IterTypes {
    private IterTypes() {
    }

    public static PyType RANGE, RANGE_ITER, ENUMERATE, ZIP, MAP, FILTER, REVERSED, CALLABLE_ITER, LIST_REVERSE_ITER;

    /** A lazily computed iterator: {@link #step} returns the next item or null. */
    abstract static class Lazy extends PyObject {
        final PyType type;
        private final PyDict dict;

        Lazy(PyType type) {
            this.type = type;
            this.dict = type.instancesHaveDict ? new PyDict() : null;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }

        abstract PyObject step();

        /** {@code __length_hint__}, or -1 when the type has none. */
        int lengthHint() {
            return -1;
        }

        /** {@code __reduce__}: the type and arguments that rebuild this iterator where it stands. */
        abstract PyObject reduce();
    }

    /** {@code enumerate}: counts with a long until it would overflow, then with PyLong arithmetic. */
    static final class Enumerate extends Lazy {
        private final PyObject it;
        private long count;
        private PyObject bigCount;

        Enumerate(PyType type, PyObject it, PyLong start) {
            super(type);
            this.it = it;
            if (start.fitsLong() && start.longValue() < Long.MAX_VALUE) {
                count = start.longValue();
            } else {
                bigCount = start;
            }
        }

        @Override
        PyObject step() {
            PyObject x = Abstract.next(it);
            if (x == null) {
                return null;
            }
            PyObject i;
            if (bigCount == null) {
                i = PyLong.of(count);
                if (count == Long.MAX_VALUE - 1) {
                    bigCount = PyLong.of(BigInteger.valueOf(count).add(BigInteger.ONE));
                } else {
                    count++;
                }
            } else {
                i = bigCount;
                bigCount = NumberProtocol.add(bigCount, PyLong.of(1));
            }
            return new PyTuple(i, x);
        }

        @Override
        PyObject reduce() {
            return new PyTuple(type, new PyTuple(it, bigCount != null ? bigCount : PyLong.of(count)));
        }
    }

    /** {@code zip}, with {@code strict=True}'s length checks. */
    static final class Zip extends Lazy {
        private PyObject[] its;
        /** The argument iterators, kept after exhaustion for {@code __reduce__}. */
        private final PyObject[] args;
        private boolean strict;

        Zip(PyType type, PyObject[] its, boolean strict) {
            super(type);
            this.its = its;
            this.args = its;
            this.strict = strict;
        }

        @Override
        PyObject reduce() {
            PyTuple a = new PyTuple(args.clone());
            return strict ? new PyTuple(type, a, PyBool.TRUE) : new PyTuple(type, a);
        }

        @Override
        PyObject step() {
            PyObject[] a = its;
            if (a == null || a.length == 0) {
                return null;
            }
            int n = a.length;
            PyObject[] items = new PyObject[n];
            for (int i = 0; i < n; i++) {
                PyObject x = Abstract.next(a[i]);
                if (x == null) {
                    its = null;
                    if (strict) {
                        checkStrict(a, i);
                    }
                    return null;
                }
                items[i] = x;
            }
            return new PyTuple(items);
        }

        private static void checkStrict(PyObject[] a, int i) {
            if (i > 0) {
                throw PyExc.valueError("zip() argument " + (i + 1) + " is shorter than argument"
                        + (i == 1 ? " 1" : "s 1-" + i));
            }
            for (int j = 1; j < a.length; j++) {
                if (Abstract.next(a[j]) != null) {
                    throw PyExc.valueError("zip() argument " + (j + 1) + " is longer than argument"
                            + (j == 1 ? " 1" : "s 1-" + j));
                }
            }
        }
    }

    /** {@code reversed(seq)} over {@code __len__} and {@code __getitem__}. */
    static final class Reversed extends Lazy {
        private PyObject seq;
        private long index;

        Reversed(PyType type, PyObject seq, long n) {
            super(type);
            this.seq = seq;
            this.index = n - 1;
        }

        @Override
        PyObject step() {
            if (seq == null || index < 0) {
                seq = null;
                return null;
            }
            try {
                return Abstract.getItem(seq, PyLong.of(index--));
            } catch (PyException e) {
                if (e.matches(PyExc.IndexError) || e.matches(PyExc.StopIteration)) {
                    seq = null;
                    return null;
                }
                throw e;
            }
        }

        @Override
        int lengthHint() {
            return seq == null ? 0 : (int) Math.min(Integer.MAX_VALUE, index + 1);
        }

        @Override
        PyObject reduce() {
            if (seq == null) {
                return new PyTuple(type, new PyTuple(new PyTuple()));
            }
            return new PyTuple(type, new PyTuple(seq), PyLong.of(index));
        }

        /** reversed.__setstate__: the index to continue from, at most the sequence's last. */
        void setState(long i) {
            if (seq != null) {
                long n = Abstract.len(seq);
                index = Math.max(-1, Math.min(i, n - 1));
            }
        }
    }

    /** {@code iter(callable, sentinel)}: calls until the result equals the sentinel. */
    static final class CallableIter extends Lazy {
        private PyObject callable;
        private final PyObject sentinel;

        CallableIter(PyObject callable, PyObject sentinel) {
            super(CALLABLE_ITER);
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        PyObject step() {
            if (callable == null) {
                return null;
            }
            PyObject r;
            try {
                r = Abstract.call(callable);
            } catch (PyException e) {
                if (e.matches(PyExc.StopIteration)) {
                    callable = null;
                    return null;
                }
                throw e;
            }
            if (Abstract.richCompareBool(r, sentinel, CompareOp.EQ)) {
                callable = null;
                return null;
            }
            return r;
        }

        @Override
        PyObject reduce() {
            return callable == null ? IteratorReduce.emptyTuple() : IteratorReduce.call(callable, sentinel);
        }
    }

    /** {@code iter(callable, sentinel)}, for the builtin {@code iter}'s two-argument form. */
    public static PyObject callableIterator(PyObject callable, PyObject sentinel) {
        if (!Abstract.isCallable(callable)) {
            throw PyExc.typeError("iter(v, w): v must be callable");
        }
        return new CallableIter(callable, sentinel);
    }

    static void createTypes() {
        RANGE = PyRange.TYPE = PyType.builtin("range", null, PyRange::setup);
        RANGE_ITER = PyRange.ITER_TYPE = PyType.builtin("range_iterator", null, PyRange::setupIter);
        PyRange.LONG_ITER_TYPE = PyType.builtin("longrange_iterator", null, PyRange::setupLongIter);
        ENUMERATE = lazyType("enumerate", true);
        ENUMERATE.newFunc = (type, a, off, n, kw) -> {
            PyObject iterable = n > 0 ? a[off] : null;
            PyObject start = n > 1 ? a[off + 1] : null;
            if (n > 2) {
                throw PyExc.typeError("enumerate() takes at most 2 arguments (" + (n + (kw == null ? 0 : kw.size())) + " given)");
            }
            for (int i = 0; kw != null && i < kw.size(); i++) {
                String k = ((PyUnicode) kw.get(i)).value;
                if (k.equals("iterable") && iterable == null) {
                    iterable = a[off + n + i];
                } else if (k.equals("start") && start == null) {
                    start = a[off + n + i];
                } else if (k.equals("iterable") || k.equals("start")) {
                    throw PyExc.typeError("argument for enumerate() given by name ('" + k + "') and position ("
                            + (k.equals("iterable") ? 1 : 2) + ")");
                } else {
                    throw PyExc.typeError("'" + k + "' is an invalid keyword argument for enumerate()");
                }
            }
            if (iterable == null) {
                throw PyExc.typeError("enumerate() missing required argument 'iterable'");
            }
            PyObject it = Abstract.getIter(iterable);
            return new Enumerate(type, it, start == null ? PyLong.of(0) : Abstract.index(start));
        };
        ZIP = lazyType("zip", true);
        ZIP.newFunc = (type, a, off, n, kw) -> {
            boolean strict = false;
            if (kw != null && kw.size() > 0) {
                if (kw.size() > 1) {
                    throw PyExc.typeError("zip() takes at most 1 keyword argument (" + kw.size() + " given)");
                }
                String k = ((PyUnicode) kw.get(0)).value;
                if (!k.equals("strict")) {
                    throw PyExc.typeError("'" + k + "' is an invalid keyword argument for zip()");
                }
                strict = Abstract.isTrue(a[off + n]);
            }
            PyObject[] its = new PyObject[n];
            for (int i = 0; i < n; i++) {
                its[i] = Abstract.getIter(a[off + i]);
            }
            return new Zip(type, its, strict);
        };
        MAP = lazyType("map", true);
        MAP.newFunc = (type, a, off, n, kw) -> {
            if (type == MAP) {
                ArgParser.noKeywords("map", kw);
            }
            if (n < 2) {
                throw PyExc.typeError("map() must have at least two arguments.");
            }
            PyObject f = a[off];
            PyObject[] its = new PyObject[n - 1];
            for (int i = 1; i < n; i++) {
                its[i - 1] = Abstract.getIter(a[off + i]);
            }
            if (its.length == 1) {
                PyObject it = its[0];
                return new Lazy(type) {
                    @Override
                    PyObject step() {
                        PyObject x = Abstract.next(it);
                        return x == null ? null : Abstract.call(f, x);
                    }

                    @Override
                    PyObject reduce() {
                        return new PyTuple(type, new PyTuple(f, it));
                    }
                };
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

                @Override
                PyObject reduce() {
                    PyObject[] a = new PyObject[its.length + 1];
                    a[0] = f;
                    System.arraycopy(its, 0, a, 1, its.length);
                    return new PyTuple(type, new PyTuple(a));
                }
            };
        };
        FILTER = lazyType("filter", true);
        FILTER.newFunc = (type, a, off, n, kw) -> {
            if (type == FILTER) {
                ArgParser.noKeywords("filter", kw);
            }
            ArgParser.checkCount("filter", n, 2, 2);
            PyObject f = a[off];
            PyObject it = Abstract.getIter(a[off + 1]);
            boolean truth = f == PyNone.NONE || f == PyBool.TYPE;
            return new Lazy(type) {
                @Override
                PyObject step() {
                    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                        if (truth ? Abstract.isTrue(x) : Abstract.isTrue(Abstract.call(f, x))) {
                            return x;
                        }
                    }
                    return null;
                }

                @Override
                PyObject reduce() {
                    return new PyTuple(type, new PyTuple(f, it));
                }
            };
        };
        REVERSED = lazyType("reversed", true);
        REVERSED.newFunc = (type, a, off, n, kw) -> {
            if (type == REVERSED) {
                ArgParser.noKeywords("reversed", kw);
            }
            ArgParser.checkCount("reversed", n, 1, 1);
            PyObject seq = a[off];
            PyObject rev = Abstract.lookupSpecial(seq, "__reversed__");
            if (rev == PyNone.NONE) {
                throw PyExc.notA(seq, "is not reversible");
            }
            if (rev != null) {
                return Abstract.call(rev);
            }
            PyType st = seq.getType();
            if (st.getitem == null || st.len == null || seq instanceof PyDict || seq instanceof PySet) {
                throw PyExc.notA(seq, "is not reversible");
            }
            return new Reversed(type, seq, Abstract.len(seq));
        };
        CALLABLE_ITER = lazyType("callable_iterator", false);
        LIST_REVERSE_ITER = PyListIter.REVERSE_TYPE;
    }

    private static PyType lazyType(String name, boolean subclassable) {
        return PyType.builtin(name, null, t -> {
            t.acceptsSubclasses = subclassable;
            t.iter = self -> self;
            t.iternext = self -> ((Lazy) self).step();
            t.method("__reduce__", self -> ((Lazy) self).reduce());
            if (name.equals("reversed")) {
                t.method("__length_hint__", self -> PyLong.of(((Lazy) self).lengthHint()));
                t.method("__setstate__", (self, state) -> {
                    ((Reversed) self).setState(Abstract.asClampedIndex(state));
                    return PyNone.NONE;
                });
            }
            if (name.equals("zip")) {
                t.method("__setstate__", (self, state) -> {
                    ((Zip) self).strict = Abstract.isTrue(state);
                    return PyNone.NONE;
                });
            }
            if (name.equals("enumerate")) {
                t.classMethod("__class_getitem__", (self, args, off, nargs, kw) -> new PyGenericAlias(args[off], args[off + 1]));
            }
        });
    }
}
