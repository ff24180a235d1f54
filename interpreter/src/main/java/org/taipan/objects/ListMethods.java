package org.taipan.objects;

import java.util.Arrays;

/** The methods of {@code list}, including the stable {@code sort} that compares with {@code <} only. */
final class ListMethods {
    private ListMethods() {
    }

    static void register(PyType t) {
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
            long k = Abstract.asClampedIndex(i);
            if (k < 0) {
                k = Math.max(0, k + l.size);
            }
            l.insert((int) Math.min(k, l.size), x);
            return PyNone.NONE;
        });
        t.method("pop", 0, 1, (self, a, off, n) -> {
            PyList l = (PyList) self;
            if (l.size == 0) {
                throw PyExc.indexError("pop from empty list");
            }
            long i = n == 0 ? l.size - 1 : Abstract.asClampedIndex(a[off]);
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
                    l.remove(i);
                    return PyNone.NONE;
                }
            }
            throw PyExc.valueError("list.remove(x): x not in list");
        });
        t.method("index", 1, 3, (self, a, off, n) -> {
            PyList l = (PyList) self;
            long start = n > 1 ? Abstract.asClampedIndex(a[off + 1]) : 0;
            long stop = n > 2 ? Abstract.asClampedIndex(a[off + 2]) : l.size;
            if (start < 0) {
                start = Math.max(0, start + l.size);
            }
            if (stop < 0) {
                stop = Math.max(0, stop + l.size);
            }
            for (int i = (int) Math.min(start, l.size); i < Math.min(stop, l.size); i++) {
                if (Abstract.richCompareBool(l.items[i], a[off], CompareOp.EQ)) {
                    return PyLong.of(i);
                }
            }
            throw PyExc.valueError(Abstract.repr(a[off]).value + " is not in list");
        });
        t.method("count", (self, x) -> {
            PyList l = (PyList) self;
            int c = 0;
            for (int i = 0; i < l.size; i++) {
                if (Abstract.richCompareBool(l.items[i], x, CompareOp.EQ)) {
                    c++;
                }
            }
            return PyLong.of(c);
        });
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
            PyObject[] p = ArgParser.bind("sort", new String[] {"key", "reverse"}, 0, 0, a, off, n, kw);
            sort((PyList) self, p[0], p[1] != null && Abstract.isTrue(p[1]));
            return PyNone.NONE;
        });
        t.classMethod("__class_getitem__", (self, args, off, nargs, kw) -> new PyGenericAlias(args[off], args[off + 1]));
    }

    /** Stable sort using only {@code <} (like CPython's timsort), with key and reverse. */
    static void sort(PyList l, PyObject key, boolean reverse) {
        int n = l.size;
        PyObject[] items = Arrays.copyOf(l.items, n);
        // Observable like CPython: the list looks empty while keys are computed and items compared.
        l.items = new PyObject[0];
        l.size = 0;
        PyObject[] keys = items;
        if (key != null && key != PyNone.NONE) {
            keys = new PyObject[n];
            try {
                for (int i = 0; i < n; i++) {
                    keys[i] = Abstract.call(key, items[i]);
                }
            } catch (PyException e) {
                l.items = items;
                l.size = n;
                throw e;
            }
        }
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = reverse ? n - 1 - i : i;
        }
        final PyObject[] ks = keys;
        try {
            // Reverse is done like CPython: reverse, stable sort, reverse again (keeps stability).
            Arrays.sort(idx, (x, y) -> {
                if (Abstract.richCompareBool(ks[x], ks[y], CompareOp.LT)) {
                    return -1;
                }
                if (Abstract.richCompareBool(ks[y], ks[x], CompareOp.LT)) {
                    return 1;
                }
                return 0;
            });
        } catch (IllegalArgumentException e) {
            // inconsistent comparisons: keep whatever order was reached, as CPython does not raise
        } finally {
            boolean modified = l.size != 0;
            PyObject[] out = new PyObject[n];
            for (int i = 0; i < n; i++) {
                out[i] = items[idx[reverse ? n - 1 - i : i]];
            }
            l.items = out;
            l.size = n;
            if (modified) {
                throw PyExc.valueError("list modified during sort");
            }
        }
    }

    static void assignSlice(PyList l, PySlice s, PyObject v) {
        int[] r = s.indices(l.size);
        int len = PySlice.length(r);
        if (v == null) {
            if (r[2] == 1 || len == 0) {
                int lo = r[0];
                int hi = Math.max(lo, r[1]);
                PyObject[] rest = Arrays.copyOfRange(l.items, hi, l.size);
                System.arraycopy(rest, 0, l.items, lo, rest.length);
                Arrays.fill(l.items, lo + rest.length, l.size, null);
                l.size = lo + rest.length;
                return;
            }
            boolean[] del = new boolean[l.size];
            for (int i = 0, j = r[0]; i < len; i++, j += r[2]) {
                del[j] = true;
            }
            int k = 0;
            for (int i = 0; i < l.size; i++) {
                if (!del[i]) {
                    l.items[k++] = l.items[i];
                }
            }
            Arrays.fill(l.items, k, l.size, null);
            l.size = k;
            return;
        }
        PyObject[] src = v == l ? l.toArray() : new PyList(BuiltinTypeSetup.iterate(v)).toArray();
        if (r[2] == 1) {
            int lo = r[0];
            int hi = Math.max(lo, r[1]);
            PyObject[] tail = Arrays.copyOfRange(l.items, hi, l.size);
            int newSize = lo + src.length + tail.length;
            if (newSize > l.items.length) {
                l.items = Arrays.copyOf(l.items, newSize);
            }
            System.arraycopy(src, 0, l.items, lo, src.length);
            System.arraycopy(tail, 0, l.items, lo + src.length, tail.length);
            if (newSize < l.size) {
                Arrays.fill(l.items, newSize, l.size, null);
            }
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
}
