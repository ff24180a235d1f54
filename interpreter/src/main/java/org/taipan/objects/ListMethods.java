package org.taipan.objects;

import java.util.Arrays;

/** The slots and methods of {@code list}, with CPython 3.11's semantics and messages. */
final class ListMethods {
    private ListMethods() {
    }

    private static PyObject ni() {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** The largest array Java can allocate; beyond it repetition raises MemoryError. */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    /**
     * The repeat count of {@code seq * n}, or -1 when {@code n} is not an integer (the operator
     * then returns NotImplemented). Huge counts raise OverflowError as CPython's
     * {@code PyNumber_AsSsize_t} does.
     */
    static long repeatCount(PyObject n) {
        if (!(n instanceof PyLong) && n.getType().index == null) {
            return -1;
        }
        PyLong v = Abstract.index(n);
        if (!v.fitsLong()) {
            throw PyExc.overflowError("cannot fit '" + n.getType().getName() + "' into an index-sized integer");
        }
        return Math.max(0, v.longValue());
    }

    /** {@code items[0..n)} repeated {@code k} times. */
    static PyObject[] repeat(PyObject[] items, int n, long k) {
        if (n == 0 || k == 0) {
            return new PyObject[0];
        }
        if (k > MAX_ARRAY / n) {
            throw new PyException(new PyBaseException(PyExc.MemoryError, PyTuple.EMPTY));
        }
        int total = (int) (n * k);
        PyObject[] r;
        try {
            r = new PyObject[total];
        } catch (OutOfMemoryError e) {
            throw new PyException(new PyBaseException(PyExc.MemoryError, PyTuple.EMPTY));
        }
        if (n == 1) {
            Arrays.fill(r, items[0]);
            return r;
        }
        System.arraycopy(items, 0, r, 0, n);
        int done = n;
        while (done < total) {
            int c = Math.min(done, total - done);
            System.arraycopy(r, 0, r, done, c);
            done += c;
        }
        return r;
    }

    /** Index of {@code x} in {@code items[start..stop)} clamped like CPython's list.index, or -1. */
    static int indexOf(PyObject[] items, int n, PyObject x, PyObject[] a, int off, int nargs) {
        long start = 0;
        long stop = n;
        if (nargs > 1) {
            start = sliceIndex(a[off + 1]);
            if (start < 0) {
                start = Math.max(0, start + n);
            }
        }
        if (nargs > 2) {
            stop = sliceIndex(a[off + 2]);
            if (stop < 0) {
                stop = Math.max(0, stop + n);
            }
        }
        for (long i = start; i < stop && i < n; i++) {
            if (Abstract.richCompareBool(items[(int) i], x, CompareOp.EQ)) {
                return (int) i;
            }
        }
        return -1;
    }

    /** A start/stop argument of index(): an integer (clamped) with CPython's slice-index message. */
    static long sliceIndex(PyObject o) {
        if (!(o instanceof PyLong) && o.getType().index == null) {
            throw PyExc.typeError("slice indices must be integers or have an __index__ method");
        }
        return Abstract.asClampedIndex(o);
    }

    /** An item index with CPython's messages for the wrong type and out-of-range values. */
    static int itemIndex(PyObject key, int n, String what, String outOfRange) {
        if (!(key instanceof PyLong) && key.getType().index == null) {
            throw PyExc.typeError(what + " indices must be integers or slices, not " + key.getType().getName());
        }
        PyLong v = Abstract.index(key);
        if (!v.fitsLong()) {
            throw PyExc.raise(PyExc.IndexError, "cannot fit '" + key.getType().getName() + "' into an index-sized integer");
        }
        long i = v.longValue();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyExc.indexError(outOfRange);
        }
        return (int) i;
    }

    static PyObject[] slice(PyObject[] items, int n, PySlice s) {
        int[] r = s.indices(n);
        int len = PySlice.length(r);
        if (r[2] == 1) {
            return Arrays.copyOfRange(items, r[0], r[0] + len);
        }
        PyObject[] out = new PyObject[len];
        for (int i = 0, j = r[0]; i < len; i++, j += r[2]) {
            out[i] = items[j];
        }
        return out;
    }

    /** {@code x in l}, re-reading the list at each step as CPython does (__eq__ may change it). */
    static boolean listContains(PyList l, PyObject x) {
        for (int i = 0; i < l.size; i++) {
            PyObject y = l.items[i];
            if (y == x || Abstract.richCompareBool(y, x, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    static int listCount(PyList l, PyObject x) {
        int c = 0;
        for (int i = 0; i < l.size; i++) {
            if (Abstract.richCompareBool(l.items[i], x, CompareOp.EQ)) {
                c++;
            }
        }
        return c;
    }

    static int listIndexOf(PyList l, PyObject x, PyObject[] a, int off, int nargs) {
        long start = 0;
        long stop = l.size;
        if (nargs > 1) {
            start = sliceIndex(a[off + 1]);
            if (start < 0) {
                start = Math.max(0, start + l.size);
            }
        }
        if (nargs > 2) {
            stop = sliceIndex(a[off + 2]);
            if (stop < 0) {
                stop = Math.max(0, stop + l.size);
            }
        }
        for (long i = start; i < stop && i < l.size; i++) {
            if (Abstract.richCompareBool(l.items[(int) i], x, CompareOp.EQ)) {
                return (int) i;
            }
        }
        return -1;
    }

    static boolean contains(PyObject[] items, int n, PyObject x) {
        for (int i = 0; i < n; i++) {
            PyObject y = items[i];
            if (y == x || Abstract.richCompareBool(y, x, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    static int count(PyObject[] items, int n, PyObject x) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (Abstract.richCompareBool(items[i], x, CompareOp.EQ)) {
                c++;
            }
        }
        return c;
    }

    /** {@code x op y} for two lists, re-reading both at each step (an item's __eq__ may change them). */
    static PyObject listCompare(PyList x, PyList y, CompareOp op) {
        if (x.size != y.size && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return PyBool.of(op == CompareOp.NE);
        }
        int i = 0;
        RecursionGuard.hook.enter(" in comparison");
        try {
            for (; i < x.size && i < y.size; i++) {
                if (!Abstract.richCompareBool(x.items[i], y.items[i], CompareOp.EQ)) {
                    break;
                }
            }
        } finally {
            RecursionGuard.hook.leave();
        }
        if (i >= x.size || i >= y.size) {
            return PyBool.of(op.holds(Integer.compare(x.size, y.size)));
        }
        if (op == CompareOp.EQ) {
            return PyBool.FALSE;
        }
        if (op == CompareOp.NE) {
            return PyBool.TRUE;
        }
        return Abstract.richCompare(x.items[i], y.items[i], op);
    }

    /** Lexicographic comparison of two sequences, identity implying equality (list_richcompare). */
    static PyObject compare(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op) {
        if (na != nb && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return PyBool.of(op == CompareOp.NE);
        }
        int i = 0;
        RecursionGuard.hook.enter(" in comparison");
        try {
            for (; i < na && i < nb; i++) {
                if (!Abstract.richCompareBool(a[i], b[i], CompareOp.EQ)) {
                    break;
                }
            }
        } finally {
            RecursionGuard.hook.leave();
        }
        if (i >= na || i >= nb) {
            return PyBool.of(op.holds(Integer.compare(na, nb)));
        }
        if (op == CompareOp.EQ) {
            return PyBool.FALSE;
        }
        if (op == CompareOp.NE) {
            return PyBool.TRUE;
        }
        return Abstract.richCompare(a[i], b[i], op);
    }

    static String repr(PyList l) {
        if (l.size == 0) {
            return "[]";
        }
        if (!ReprGuard.enter(l)) {
            return "[...]";
        }
        // Nested containers recurse in Java: count the depth like CPython's PyObject_Repr.
        RecursionGuard.hook.enter(" while getting the repr of an object");
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(l.items[i]).value);
            }
            return sb.append(']').toString();
        } finally {
            RecursionGuard.hook.leave();
            ReprGuard.exit(l);
        }
    }

    static void setup(PyType t) {
        t.hash = TypeSlots.HASH_NOT_IMPLEMENTED;
        t.repr = self -> PyUnicode.of(repr((PyList) self));
        t.len = self -> ((PyList) self).size;
        t.richcompare = (a, b, op) -> {
            if (!(b instanceof PyList)) {
                return ni();
            }
            return listCompare((PyList) a, (PyList) b, op);
        };
        t.getitem = (self, key) -> {
            PyList l = (PyList) self;
            if (key instanceof PyLong && ((PyLong) key).fitsInt()) {
                int i = ((PyLong) key).intValue();
                if (i < 0) {
                    i += l.size;
                }
                if (i >= 0 && i < l.size) {
                    return l.items[i];
                }
                throw PyExc.indexError("list index out of range");
            }
            if (key instanceof PySlice) {
                PyObject[] r = slice(l.items, l.size, (PySlice) key);
                return new PyList(r, r.length);
            }
            return l.items[itemIndex(key, l.size, "list", "list index out of range")];
        };
        t.setitem = (self, key, v) -> {
            PyList l = (PyList) self;
            if (v != null && key instanceof PyLong && ((PyLong) key).fitsInt()) {
                int i = ((PyLong) key).intValue();
                if (i < 0) {
                    i += l.size;
                }
                if (i >= 0 && i < l.size) {
                    l.items[i] = v;
                    return;
                }
                throw PyExc.indexError("list assignment index out of range");
            }
            if (key instanceof PySlice) {
                assignSlice(l, (PySlice) key, v);
                return;
            }
            int i = itemIndex(key, l.size, "list", "list assignment index out of range");
            if (v == null) {
                l.remove(i);
            } else {
                l.items[i] = v;
            }
        };
        t.contains = (self, x) -> listContains((PyList) self, x);
        t.iter = self -> new PyListIter((PyList) self, false);
        t.addIsConcat = true;
        t.nb[0] = (a, b) -> {
            if (!(a instanceof PyList) || !(b instanceof PyList)) {
                return ni();
            }
            PyList x = (PyList) a;
            PyList y = (PyList) b;
            PyObject[] r = Arrays.copyOf(x.items, x.size + y.size);
            System.arraycopy(y.items, 0, r, x.size, y.size);
            return new PyList(r, r.length);
        };
        t.nb[13] = (a, b) -> {
            ((PyList) a).extend(b);
            return a;
        };
        t.nb[5] = (a, b) -> {
            PyObject s = a instanceof PyList ? a : b;
            PyObject n = s == a ? b : a;
            long k = repeatCount(n);
            if (k < 0) {
                return ni();
            }
            PyList x = (PyList) s;
            PyObject[] r = repeat(x.items, x.size, k);
            return new PyList(r, r.length);
        };
        t.nb[13 + 5] = (a, b) -> {
            long k = repeatCount(b);
            if (k < 0) {
                return ni();
            }
            PyList x = (PyList) a;
            PyObject[] r = repeat(x.items, x.size, k);
            x.items = r;
            x.size = r.length;
            return a;
        };
        t.newFunc = (type, args, off, nargs, kw) -> type == PyList.TYPE ? new PyList() : new PyList.Derived(type);
        t.init = (self, args, off, nargs, kw) -> {
            if (self.getType() == PyList.TYPE) {
                ArgParser.noKeywords("list", kw);
            }
            ArgParser.checkCount("list", nargs, 0, 1);
            PyList l = (PyList) self;
            l.clear();
            if (nargs == 1) {
                l.extend(args[off]);
            }
        };
        register(t);
    }

    static void register(PyType t) {
        t.method("__reversed__", self -> new PyListIter((PyList) self, true));
        t.method("append", (self, x) -> {
            ((PyList) self).append(x);
            return PyNone.NONE;
        });
        t.method("extend", (self, x) -> {
            ((PyList) self).extend(x);
            return PyNone.NONE;
        });
        t.method("insert", (self, i, x) -> {
            PyList l = (PyList) self;
            PyLong v = Abstract.index(i);
            if (!v.fitsLong()) {
                throw PyExc.overflowError("Python int too large to convert to C ssize_t");
            }
            long k = v.longValue();
            if (k < 0) {
                k = Math.max(0, k + l.size);
            }
            l.insert((int) Math.min(k, l.size), x);
            return PyNone.NONE;
        });
        t.method("pop", 0, 1, (self, a, off, n) -> {
            PyList l = (PyList) self;
            long i = -1;
            if (n == 1) {
                PyLong v = Abstract.index(a[off]);
                if (!v.fitsLong()) {
                    throw PyExc.overflowError("Python int too large to convert to C ssize_t");
                }
                i = v.longValue();
            }
            if (l.size == 0) {
                throw PyExc.indexError("pop from empty list");
            }
            if (i < 0) {
                i += l.size;
            }
            if (i < 0 || i >= l.size) {
                throw PyExc.indexError("pop index out of range");
            }
            return l.remove((int) i);
        });
        t.method("remove", (self, x) -> {
            PyList l = (PyList) self;
            for (int i = 0; i < l.size; i++) {
                if (Abstract.richCompareBool(l.items[i], x, CompareOp.EQ)) {
                    if (i < l.size) {
                        l.remove(i);
                    }
                    return PyNone.NONE;
                }
            }
            throw PyExc.valueError("list.remove(x): x not in list");
        });
        t.method("index", 1, 3, (self, a, off, n) -> {
            PyList l = (PyList) self;
            int i = listIndexOf(l, a[off], a, off, n);
            if (i < 0) {
                throw PyExc.valueError(Abstract.repr(a[off]).value + " is not in list");
            }
            return PyLong.of(i);
        });
        t.method("count", (self, x) -> PyLong.of(listCount((PyList) self, x)));
        t.method("reverse", self -> {
            PyList l = (PyList) self;
            for (int i = 0, j = l.size - 1; i < j; i++, j--) {
                PyObject x = l.items[i];
                l.items[i] = l.items[j];
                l.items[j] = x;
            }
            return PyNone.NONE;
        });
        t.method("copy", self -> new PyList(((PyList) self).toArray(), ((PyList) self).size));
        t.method("clear", self -> {
            ((PyList) self).clear();
            return PyNone.NONE;
        });
        t.methodKw("sort", (self, a, off, n, kw) -> {
            if (n > 0) {
                throw PyExc.typeError("sort() takes no positional arguments");
            }
            if (kw != null && kw.size() > 2) {
                throw PyExc.typeError("sort() takes at most 2 keyword arguments (" + kw.size() + " given)");
            }
            PyObject[] p = ArgParser.bind("sort", new String[] {"key", "reverse"}, 0, 0, a, off, n, kw);
            boolean reverse = false;
            if (p[1] != null) {
                if (p[1] instanceof PyFloat) {
                    throw PyExc.typeError("'float' object cannot be interpreted as an integer");
                }
                reverse = Abstract.index(p[1]).signum() != 0;
            }
            sort((PyList) self, p[0], reverse);
            return PyNone.NONE;
        });
        t.classMethod("__class_getitem__", (self, args, off, nargs, kw) -> new PyGenericAlias(args[off], args[off + 1]));
    }

    /**
     * {@code list.sort}: stable, {@code <} only. Like CPython the list looks empty while sorting
     * (a key function or comparison that changes it causes "list modified during sort"), and
     * reverse keeps stability by reversing before and after the sort.
     */
    static void sort(PyList l, PyObject key, boolean reverse) {
        int n = l.size;
        PyObject[] items = l.items;
        l.items = new PyObject[0];
        l.size = 0;
        PyObject[] keys = items;
        PyObject[] values = null;
        boolean ok = false;
        try {
            if (key != null && key != PyNone.NONE) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Abstract.call(key, items[i]);
                }
                values = items;
            }
            if (reverse) {
                reverseBoth(keys, values, n);
            }
            ListSort.sort(keys, values, n);
            if (reverse) {
                reverseBoth(keys, values, n);
            }
            ok = true;
        } finally {
            boolean modified = l.size != 0 || l.items.length != 0;
            l.items = items;
            l.size = n;
            if (modified && ok) {
                throw PyExc.valueError("list modified during sort");
            }
        }
    }

    private static void reverseBoth(PyObject[] keys, PyObject[] values, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            PyObject t = keys[i];
            keys[i] = keys[j];
            keys[j] = t;
            if (values != null) {
                t = values[i];
                values[i] = values[j];
                values[j] = t;
            }
        }
    }

    static void assignSlice(PyList l, PySlice s, PyObject v) {
        int[] r = s.indices(l.size);
        PyObject[] src = null;
        if (v != null) {
            src = assignedItems(l, s, v);
            // Iterating the new items may have run code that changed the list's size.
            r = s.indices(l.size);
        }
        int len = PySlice.length(r);
        if (v == null) {
            if (r[2] == 1 || len == 0) {
                int lo = r[0];
                int hi = Math.max(lo, r[1]);
                if (r[2] != 1) {
                    return;
                }
                System.arraycopy(l.items, hi, l.items, lo, l.size - hi);
                Arrays.fill(l.items, l.size - (hi - lo), l.size, null);
                l.size -= hi - lo;
                return;
            }
            int step = r[2];
            int lo = r[0];
            if (step < 0) {
                // the same items, walked upwards
                lo = r[0] + (len - 1) * step;
                step = -step;
            }
            int k = lo;
            for (int i = lo, d = 0; i < l.size; i++) {
                if (d < len && i == lo + d * step) {
                    d++;
                    continue;
                }
                l.items[k++] = l.items[i];
            }
            Arrays.fill(l.items, k, l.size, null);
            l.size = k;
            return;
        }
        if (r[2] == 1) {
            int lo = r[0];
            int hi = Math.max(lo, r[1]);
            int newSize = l.size - (hi - lo) + src.length;
            PyObject[] dst = l.items;
            if (newSize > dst.length) {
                dst = Arrays.copyOf(l.items, Math.max(newSize, l.size + (l.size >> 3) + 6));
            }
            System.arraycopy(l.items, hi, dst, lo + src.length, l.size - hi);
            System.arraycopy(src, 0, dst, lo, src.length);
            if (newSize < l.size) {
                Arrays.fill(dst, newSize, l.size, null);
            }
            l.items = dst;
            l.size = newSize;
            return;
        }
        if (src.length != len) {
            throw PyExc.valueError("attempt to assign sequence of size " + src.length
                    + " to extended slice of size " + len);
        }
        for (int i = 0, j = r[0]; i < len; i++, j += r[2]) {
            l.items[j] = src[i];
        }
    }

    /** The items of {@code v} for {@code l[s] = v}, with CPython's messages for non-iterables. */
    private static PyObject[] assignedItems(PyList l, PySlice s, PyObject v) {
        if (v == l || v instanceof PyList) {
            return ((PyList) v).toArray();
        }
        if (v instanceof PyTuple) {
            return ((PyTuple) v).items;
        }
        if (v.getType().iter == null && v.getType().getitem == null) {
            boolean simple = s.step == PyNone.NONE
                    || (s.step instanceof PyLong && ((PyLong) s.step).fitsLong() && ((PyLong) s.step).longValue() == 1);
            throw PyExc.typeError(simple ? "can only assign an iterable" : "must assign iterable to extended slice");
        }
        return PyTuple.fromIterable(v).items;
    }
}
