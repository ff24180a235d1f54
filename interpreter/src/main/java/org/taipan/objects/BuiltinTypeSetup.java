package org.taipan.objects;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The slots and core methods of str, tuple, list, dict and set. Each type's full
 * method set is registered here the same way ({@code t.method(name, lambda)}); breadth is added
 * per type without touching the VM.
 */
final class BuiltinTypeSetup {
    private BuiltinTypeSetup() {
    }

    private static PyObject ni() {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    // int and float live in IntMethods and FloatMethods.

    /** {@code int(x, base)} (kept here for existing callers). */
    static PyLong intNew(PyObject x, PyObject base) {
        return IntMethods.intNew(x, base);
    }

    // --- str (its slots and methods are in StrMethods) ---

    /** Compares by code point (UTF-16 order differs for non-BMP characters); kept for callers such as list.sort. */
    static int compareCodePoints(String x, String y) {
        return PyUnicode.compare(x, y);
    }

    /** The str iterator: {@code str_ascii_iterator} over ASCII text, {@code str_iterator} otherwise (as CPython). */
    static final class StrIter extends PyObject {
        static PyType TYPE;
        static PyType UNICODE_TYPE;
        final PyUnicode s;
        int pos;
        private final boolean ascii;

        StrIter(PyUnicode s) {
            this.s = s;
            this.ascii = StrMethods.isAscii(s.value);
        }

        @Override
        public PyType getType() {
            return ascii ? TYPE : UNICODE_TYPE;
        }
    }

    // --- sequences shared by tuple and list ---

    static String seqRepr(PyObject[] items, int n, String open, String close, PyObject self) {
        if (!ReprGuard.enter(self)) {
            return open + "..." + close;
        }
        try {
            StringBuilder sb = new StringBuilder(open);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(items[i]).value);
            }
            if (n == 1 && open.equals("(")) {
                sb.append(',');
            }
            return sb.append(close).toString();
        } finally {
            ReprGuard.exit(self);
        }
    }

    static PyObject seqCompare(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op) {
        int i = 0;
        while (i < na && i < nb) {
            if (!Abstract.richCompareBool(a[i], b[i], CompareOp.EQ)) {
                break;
            }
            i++;
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

    static int seqIndex(PyObject key, int n, String what) {
        if (!(key instanceof PyLong) && key.getType().index == null) {
            throw PyExc.typeError(what + " indices must be integers or slices, not " + key.getType().getName());
        }
        int i = Abstract.asIndex(key);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyExc.indexError(what + " index out of range");
        }
        return i;
    }

    static long seqHash(PyObject[] items) {
        // CPython 3.11's tuple hash (xxHash-based), in unsigned 64-bit arithmetic.
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

    static void setupTuple(PyType t) {
        t.repr = self -> PyUnicode.of(seqRepr(((PyTuple) self).items, ((PyTuple) self).items.length, "(", ")", self));
        t.hash = self -> seqHash(((PyTuple) self).items);
        t.len = self -> ((PyTuple) self).items.length;
        t.richcompare = (a, b, op) -> {
            if (!(b instanceof PyTuple)) {
                return ni();
            }
            PyTuple x = (PyTuple) a;
            PyTuple y = (PyTuple) b;
            return seqCompare(x.items, x.items.length, y.items, y.items.length, op);
        };
        t.getitem = (self, key) -> {
            PyTuple s = (PyTuple) self;
            if (key instanceof PySlice) {
                int[] r = ((PySlice) key).indices(s.items.length);
                int len = PySlice.length(r);
                PyObject[] out = new PyObject[len];
                for (int i = 0, j = r[0]; i < len; i++, j += r[2]) {
                    out[i] = s.items[j];
                }
                return len == 0 ? PyTuple.EMPTY : new PyTuple(out);
            }
            return s.items[seqIndex(key, s.items.length, "tuple")];
        };
        t.contains = (self, x) -> {
            for (PyObject y : ((PyTuple) self).items) {
                if (Abstract.richCompareBool(y, x, CompareOp.EQ)) {
                    return true;
                }
            }
            return false;
        };
        t.iter = self -> new SeqIter(((PyTuple) self).items, -1, null);
        t.nb[0] = (a, b) -> {
            if (!(a instanceof PyTuple) || !(b instanceof PyTuple)) {
                return ni();
            }
            PyObject[] x = ((PyTuple) a).items;
            PyObject[] y = ((PyTuple) b).items;
            PyObject[] r = java.util.Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return new PyTuple(r);
        };
        t.nb[5] = (a, b) -> {
            PyObject s = a instanceof PyTuple ? a : b;
            PyObject n = a instanceof PyTuple ? b : a;
            if (!(n instanceof PyLong) || !(s instanceof PyTuple)) {
                return ni();
            }
            PyObject[] x = ((PyTuple) s).items;
            long k = Math.max(0, ((PyLong) n).longValue());
            PyObject[] r = new PyObject[(int) (x.length * k)];
            for (int i = 0; i < r.length; i++) {
                r[i] = x[i % x.length];
            }
            return new PyTuple(r);
        };
        t.newFunc = (type, args, off, nargs, kw) -> {
            ArgParser.noKeywords("tuple", kw);
            ArgParser.checkCount("tuple", nargs, 0, 1);
            PyTuple v = nargs == 0 ? PyTuple.EMPTY : PyTuple.fromIterable(args[off]);
            return type == PyTuple.TYPE ? v : new PyTuple.Derived(type, v.items);
        };
        t.method("index", 1, 3, (self, a, off, n) -> {
            PyObject[] items = ((PyTuple) self).items;
            for (int i = 0; i < items.length; i++) {
                if (Abstract.richCompareBool(items[i], a[off], CompareOp.EQ)) {
                    return PyLong.of(i);
                }
            }
            throw PyExc.valueError("tuple.index(x): x not in tuple");
        });
        t.method("count", (self, x) -> {
            int c = 0;
            for (PyObject y : ((PyTuple) self).items) {
                if (Abstract.richCompareBool(y, x, CompareOp.EQ)) {
                    c++;
                }
            }
            return PyLong.of(c);
        });
        t.classMethod("__class_getitem__", (self, args, off, nargs, kw) -> new PyGenericAlias(args[off], args[off + 1]));
    }

    /** Iterator over an array prefix (tuple) or a list (re-reading its size each step). */
    static final class SeqIter extends PyObject {
        static PyType TYPE;
        static PyType LIST_ITER_TYPE;
        final PyObject[] items;
        final int n;
        final PyList list;
        int pos;

        SeqIter(PyObject[] items, int n, PyList list) {
            this.items = items;
            this.n = n < 0 ? items.length : n;
            this.list = list;
        }

        @Override
        public PyType getType() {
            return list != null ? LIST_ITER_TYPE : TYPE;
        }

        PyObject next() {
            if (list != null) {
                if (pos < list.size) {
                    return list.items[pos++];
                }
                pos = Integer.MAX_VALUE;
                return null;
            }
            return pos < n ? items[pos++] : null;
        }
    }

    static void setupIter(PyType t) {
        t.acceptsSubclasses = false;
        t.iter = self -> self;
    }

    // --- list ---

    static void setupList(PyType t) {
        t.hash = TypeSlots.HASH_NOT_IMPLEMENTED;
        t.repr = self -> PyUnicode.of(seqRepr(((PyList) self).items, ((PyList) self).size, "[", "]", self));
        t.len = self -> ((PyList) self).size;
        t.richcompare = (a, b, op) -> {
            if (!(b instanceof PyList)) {
                return ni();
            }
            PyList x = (PyList) a;
            PyList y = (PyList) b;
            return seqCompare(x.items, x.size, y.items, y.size, op);
        };
        t.getitem = (self, key) -> {
            PyList s = (PyList) self;
            if (key instanceof PySlice) {
                int[] r = ((PySlice) key).indices(s.size);
                int len = PySlice.length(r);
                PyObject[] out = new PyObject[len];
                for (int i = 0, j = r[0]; i < len; i++, j += r[2]) {
                    out[i] = s.items[j];
                }
                return new PyList(out, len);
            }
            return s.items[seqIndex(key, s.size, "list")];
        };
        t.setitem = (self, key, v) -> {
            PyList s = (PyList) self;
            if (key instanceof PySlice) {
                ListMethods.assignSlice(s, (PySlice) key, v);
                return;
            }
            int i;
            try {
                i = seqIndex(key, s.size, "list");
            } catch (PyException e) {
                if (e.matches(PyExc.IndexError)) {
                    throw PyExc.indexError(v == null ? "list assignment index out of range" : "list assignment index out of range");
                }
                throw e;
            }
            if (v == null) {
                s.remove(i);
            } else {
                s.items[i] = v;
            }
        };
        t.contains = (self, x) -> {
            PyList l = (PyList) self;
            for (int i = 0; i < l.size; i++) {
                if (Abstract.richCompareBool(l.items[i], x, CompareOp.EQ)) {
                    return true;
                }
            }
            return false;
        };
        t.iter = self -> new SeqIter(null, 0, (PyList) self);
        t.nb[0] = (a, b) -> {
            if (!(a instanceof PyList) || !(b instanceof PyList)) {
                return ni();
            }
            PyList x = (PyList) a;
            PyList y = (PyList) b;
            PyObject[] r = java.util.Arrays.copyOf(x.items, x.size + y.size);
            System.arraycopy(y.items, 0, r, x.size, y.size);
            return new PyList(r, r.length);
        };
        t.nb[13] = (a, b) -> {
            ((PyList) a).extend(b);
            return a;
        };
        t.nb[5] = (a, b) -> {
            PyObject s = a instanceof PyList ? a : b;
            PyObject n = a instanceof PyList ? b : a;
            if (!(n instanceof PyLong) || !(s instanceof PyList)) {
                return ni();
            }
            PyList x = (PyList) s;
            long k = Math.max(0, ((PyLong) n).longValue());
            PyObject[] r = new PyObject[(int) (x.size * k)];
            for (int i = 0; i < r.length; i++) {
                r[i] = x.items[i % x.size];
            }
            return new PyList(r, r.length);
        };
        t.newFunc = (type, args, off, nargs, kw) -> type == PyList.TYPE ? new PyList() : new PyList.Derived(type);
        t.init = (self, args, off, nargs, kw) -> {
            ArgParser.noKeywords("list", kw);
            ArgParser.checkCount("list", nargs, 0, 1);
            PyList l = (PyList) self;
            l.clear();
            if (nargs == 1) {
                l.extend(args[off]);
            }
        };
        ListMethods.register(t);
    }

    // --- dict ---

    static void setupDict(PyType t) {
        t.hash = TypeSlots.HASH_NOT_IMPLEMENTED;
        t.repr = self -> {
            PyDict d = (PyDict) self;
            if (!ReprGuard.enter(self)) {
                return PyUnicode.of("{...}");
            }
            try {
                StringBuilder sb = new StringBuilder("{");
                boolean first = true;
                for (Map.Entry<PyObject, PyObject> e : d.entries()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(Abstract.repr(e.getKey()).value).append(": ").append(Abstract.repr(e.getValue()).value);
                }
                return PyUnicode.of(sb.append('}').toString());
            } finally {
                ReprGuard.exit(self);
            }
        };
        t.len = self -> ((PyDict) self).size();
        t.richcompare = (a, b, op) -> {
            if (!(b instanceof PyDict) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return ni();
            }
            PyDict x = (PyDict) a;
            PyDict y = (PyDict) b;
            boolean eq = x.size() == y.size();
            if (eq) {
                for (Map.Entry<PyObject, PyObject> e : x.entries()) {
                    PyObject v = y.getItem(e.getKey());
                    if (v == null || !Abstract.richCompareBool(e.getValue(), v, CompareOp.EQ)) {
                        eq = false;
                        break;
                    }
                }
            }
            return PyBool.of(eq == (op == CompareOp.EQ));
        };
        t.getitem = (self, key) -> {
            PyDict d = (PyDict) self;
            PyObject v = d.getItem(key);
            if (v == null) {
                if (self.getType() != PyDict.TYPE) {
                    PyObject missing = self.getType().lookup("__missing__");
                    if (missing != null) {
                        return TypeSlots.callBound(missing, self, key);
                    }
                }
                throw PyExc.keyError(key);
            }
            return v;
        };
        t.setitem = (self, key, v) -> {
            PyDict d = (PyDict) self;
            if (v == null) {
                if (d.delItemOrNull(key) == null) {
                    throw PyExc.keyError(key);
                }
            } else {
                d.setItem(key, v);
            }
        };
        t.contains = (self, k) -> ((PyDict) self).containsKey(k);
        t.iter = self -> new DictIter((PyDict) self, DictIter.KEYS);
        t.newFunc = (type, args, off, nargs, kw) -> type == PyDict.TYPE ? new PyDict() : new PyDict.Derived(type);
        t.init = (self, args, off, nargs, kw) -> {
            ArgParser.checkCount("dict", nargs, 0, 1);
            PyDict d = (PyDict) self;
            if (nargs == 1) {
                d.update(args[off]);
            }
            for (int i = 0; kw != null && i < kw.size(); i++) {
                d.setItem(kw.get(i), args[off + nargs + i]);
            }
        };
        t.nb[7] = (a, b) -> {
            if (!(a instanceof PyDict) || !(b instanceof PyDict)) {
                return ni();
            }
            PyDict r = new PyDict();
            r.update(a);
            r.update(b);
            return r;
        };
        DictMethods.register(t);
    }

    /** Iterator over a dict's keys, values or items. */
    static final class DictIter extends PyObject {
        static final int KEYS = 0;
        static final int VALUES = 1;
        static final int ITEMS = 2;
        static PyType[] TYPES = new PyType[3];
        final PyDict dict;
        final int kind;
        final Iterator<Map.Entry<PyObject, PyObject>> it;
        final int size;

        DictIter(PyDict dict, int kind) {
            this.dict = dict;
            this.kind = kind;
            this.it = dict.iterator();
            this.size = dict.size();
        }

        @Override
        public PyType getType() {
            return TYPES[kind];
        }

        PyObject next() {
            if (dict.size() != size) {
                throw PyExc.runtimeError("dictionary changed size during iteration");
            }
            if (!it.hasNext()) {
                return null;
            }
            Map.Entry<PyObject, PyObject> e;
            try {
                e = it.next();
            } catch (java.util.ConcurrentModificationException ex) {
                throw PyExc.runtimeError("dictionary keys changed during iteration");
            }
            switch (kind) {
                case KEYS: return e.getKey();
                case VALUES: return e.getValue();
                default: return new PyTuple(e.getKey(), e.getValue());
            }
        }
    }

    // --- set / frozenset ---

    static String setRepr(PySet s) {
        String name = s.getType().getName();
        if (s.size() == 0) {
            return name + "()";
        }
        if (!ReprGuard.enter(s)) {
            return name + "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder();
            boolean first = true;
            for (PyObject x : s.toArray()) {
                sb.append(first ? "" : ", ").append(Abstract.repr(x).value);
                first = false;
            }
            boolean plain = s.getType() == PySet.SET_TYPE;
            return plain ? "{" + sb + "}" : name + "({" + sb + "})";
        } finally {
            ReprGuard.exit(s);
        }
    }

    static void setupSet(PyType t, boolean frozen) {
        t.repr = self -> PyUnicode.of(setRepr((PySet) self));
        t.len = self -> ((PySet) self).size();
        t.contains = (self, x) -> ((PySet) self).contains(x);
        t.iter = self -> new PySet.Iter((PySet) self);
        t.hash = frozen ? self -> ((PySet) self).frozenHash() : TypeSlots.HASH_NOT_IMPLEMENTED;
        t.richcompare = (a, b, op) -> {
            if (!(b instanceof PySet)) {
                return ni();
            }
            PySet x = (PySet) a;
            PySet y = (PySet) b;
            switch (op) {
                case EQ: return PyBool.of(x.size() == y.size() && subset(x, y));
                case NE: return PyBool.of(!(x.size() == y.size() && subset(x, y)));
                case LE: return PyBool.of(subset(x, y));
                case GE: return PyBool.of(subset(y, x));
                case LT: return PyBool.of(x.size() < y.size() && subset(x, y));
                default: return PyBool.of(x.size() > y.size() && subset(y, x));
            }
        };
        t.newFunc = (type, args, off, nargs, kw) -> {
            ArgParser.noKeywords(type.getName(), kw);
            PySet s = type == PySet.SET_TYPE ? new PySet(false) : type == PySet.FROZENSET_TYPE ? new PySet(true)
                    : new PySet.Derived(type, frozen);
            if (frozen && nargs == 1) {
                s.update(args[off]);
            }
            return s;
        };
        if (!frozen) {
            t.init = (self, args, off, nargs, kw) -> {
                ArgParser.checkCount("set", nargs, 0, 1);
                PySet s = (PySet) self;
                s.clear();
                if (nargs == 1) {
                    s.update(args[off]);
                }
            };
        }
        SetMethods.register(t, frozen);
    }

    static boolean subset(PySet x, PySet y) {
        if (x.size() > y.size()) {
            return false;
        }
        for (PyObject k : x.toArray()) {
            if (!y.contains(k)) {
                return false;
            }
        }
        return true;
    }

    static List<PyObject> iterate(PyObject o) {
        List<PyObject> l = new ArrayList<>();
        PyObject it = Abstract.getIter(o);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            l.add(x);
        }
        return l;
    }
}
