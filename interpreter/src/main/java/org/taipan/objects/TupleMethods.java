package org.taipan.objects;

import java.util.Arrays;

/** The slots and methods of {@code tuple}, with CPython 3.11's semantics, messages and hash. */
final class TupleMethods {
    private TupleMethods() {
    }

    private static PyObject ni() {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** CPython 3.11's tuple hash (xxHash-based), in wrapping unsigned 64-bit arithmetic. */
    static long hash(PyObject[] items) {
        final long p1 = 0x9E3779B185EBCA87L;
        final long p2 = 0xC2B2AE3D27D4EB4FL;
        final long p5 = 0x27D4EB2F165667C5L;
        long acc = p5;
        for (PyObject x : items) {
            long lane = Abstract.hash(x);
            acc += lane * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        acc += items.length ^ (p5 ^ 3527539L);
        if (acc == -1) {
            return 1546275796L;
        }
        return acc;
    }

    static String repr(PyTuple t) {
        PyObject[] items = t.items;
        if (items.length == 0) {
            return "()";
        }
        if (!ReprGuard.enter(t)) {
            return "(...)";
        }
        // Nested containers recurse in Java: count the depth like CPython's PyObject_Repr.
        RecursionGuard.hook.enter(" while getting the repr of an object");
        try {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(items[i]).value);
            }
            if (items.length == 1) {
                sb.append(',');
            }
            return sb.append(')').toString();
        } finally {
            RecursionGuard.hook.leave();
            ReprGuard.exit(t);
        }
    }

    static void setup(PyType t) {
        t.repr = self -> PyUnicode.of(repr((PyTuple) self));
        t.hash = self -> hash(((PyTuple) self).items);
        t.len = self -> ((PyTuple) self).items.length;
        t.richcompare = (a, b, op) -> {
            if (!(b instanceof PyTuple)) {
                return ni();
            }
            PyObject[] x = ((PyTuple) a).items;
            PyObject[] y = ((PyTuple) b).items;
            return ListMethods.compare(x, x.length, y, y.length, op);
        };
        t.getitem = (self, key) -> {
            PyObject[] items = ((PyTuple) self).items;
            if (key instanceof PyLong && ((PyLong) key).fitsInt()) {
                int i = ((PyLong) key).intValue();
                if (i < 0) {
                    i += items.length;
                }
                if (i >= 0 && i < items.length) {
                    return items[i];
                }
                throw PyExc.indexError("tuple index out of range");
            }
            if (key instanceof PySlice) {
                PySlice s = (PySlice) key;
                if (self.getType() == PyTuple.TYPE && s.start == PyNone.NONE && s.stop == PyNone.NONE
                        && s.step == PyNone.NONE) {
                    return self;
                }
                PyObject[] r = ListMethods.slice(items, items.length, s);
                return r.length == 0 ? PyTuple.EMPTY : new PyTuple(r);
            }
            return items[ListMethods.itemIndex(key, items.length, "tuple", "tuple index out of range")];
        };
        t.contains = (self, x) -> ListMethods.contains(((PyTuple) self).items, ((PyTuple) self).items.length, x);
        t.iter = self -> new PyTupleIter((PyTuple) self);
        t.addIsConcat = true;
        t.nb[0] = (a, b) -> {
            if (!(a instanceof PyTuple) || !(b instanceof PyTuple)) {
                return ni();
            }
            PyObject[] x = ((PyTuple) a).items;
            PyObject[] y = ((PyTuple) b).items;
            if (y.length == 0 && a.getType() == PyTuple.TYPE) {
                return a;
            }
            if (x.length == 0 && b.getType() == PyTuple.TYPE) {
                return b;
            }
            PyObject[] r = Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return new PyTuple(r);
        };
        t.nb[5] = (a, b) -> {
            PyObject s = a instanceof PyTuple ? a : b;
            PyObject n = s == a ? b : a;
            long k = ListMethods.repeatCount(n);
            if (k < 0) {
                return ni();
            }
            PyObject[] x = ((PyTuple) s).items;
            if (k == 1 && s.getType() == PyTuple.TYPE) {
                return s;
            }
            PyObject[] r = ListMethods.repeat(x, x.length, k);
            return r.length == 0 ? PyTuple.EMPTY : new PyTuple(r);
        };
        t.newFunc = (type, args, off, nargs, kw) -> {
            if (type == PyTuple.TYPE) {
                ArgParser.noKeywords("tuple", kw);
            }
            ArgParser.checkCount("tuple", nargs, 0, 1);
            PyTuple v = nargs == 0 ? PyTuple.EMPTY : PyTuple.fromIterable(args[off]);
            return type == PyTuple.TYPE ? v : new PyTuple.Derived(type, v.items);
        };
        t.method("index", 1, 3, (self, a, off, n) -> {
            PyObject[] items = ((PyTuple) self).items;
            int i = ListMethods.indexOf(items, items.length, a[off], a, off, n);
            if (i < 0) {
                throw PyExc.valueError("tuple.index(x): x not in tuple");
            }
            return PyLong.of(i);
        });
        t.method("count", (self, x) -> PyLong.of(ListMethods.count(((PyTuple) self).items, ((PyTuple) self).items.length, x)));
        t.method("__getnewargs__", self -> new PyTuple(PyTuple.copyOf(((PyTuple) self).items, 0, ((PyTuple) self).items.length)));
        t.classMethod("__class_getitem__", (self, args, off, nargs, kw) -> new PyGenericAlias(args[off], args[off + 1]));
    }
}
