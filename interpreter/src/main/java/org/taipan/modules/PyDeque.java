package org.taipan.modules;

import java.util.IdentityHashMap;
import org.taipan.compile.BinaryOp;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.CompareOp;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyNotImplemented;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * {@code collections.deque}: a ring buffer with O(1) appends and pops at both ends and an
 * optional maximum length (CPython's Modules/_collectionsmodule.c), with CPython's reprs and
 * error messages.
 */
public class PyDeque extends PyObject {
    public static final PyType TYPE = PyType.builtin("collections.deque", null, PyDeque::setup);
    private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> REPRS =
            ThreadLocal.withInitial(IdentityHashMap::new);

    private PyObject[] ring = new PyObject[8];
    private int head;
    private int size;
    /** The maximum length, or -1 for unbounded. */
    private int maxlen = -1;

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** A deque subclass instance created in Python. */
    static final class Derived extends PyDeque {
        private final PyType type;
        private final PyDict dict;

        Derived(PyType type) {
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
    }

    int size() {
        return size;
    }

    PyObject get(int i) {
        return ring[(head + i) % ring.length];
    }

    private void set(int i, PyObject v) {
        ring[(head + i) % ring.length] = v;
    }

    private void grow() {
        if (size < ring.length) {
            return;
        }
        PyObject[] r = new PyObject[ring.length * 2];
        for (int i = 0; i < size; i++) {
            r[i] = get(i);
        }
        ring = r;
        head = 0;
    }

    void append(PyObject x) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            popLeft();
        }
        grow();
        set(size, x);
        size++;
    }

    void appendLeft(PyObject x) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            pop();
        }
        grow();
        head = (head - 1 + ring.length) % ring.length;
        ring[head] = x;
        size++;
    }

    PyObject pop() {
        if (size == 0) {
            throw PyExc.indexError("pop from an empty deque");
        }
        PyObject x = get(size - 1);
        set(size - 1, null);
        size--;
        return x;
    }

    PyObject popLeft() {
        if (size == 0) {
            throw PyExc.indexError("pop from an empty deque");
        }
        PyObject x = ring[head];
        ring[head] = null;
        head = (head + 1) % ring.length;
        size--;
        return x;
    }

    PyObject[] toArray() {
        PyObject[] a = new PyObject[size];
        for (int i = 0; i < size; i++) {
            a[i] = get(i);
        }
        return a;
    }

    private void replace(PyObject[] items) {
        ring = new PyObject[Math.max(8, items.length * 2)];
        head = 0;
        size = 0;
        for (PyObject x : items) {
            append(x);
        }
    }

    void extend(PyObject iterable) {
        if (iterable == this) {
            iterable = new PyList(toArray(), size);
        }
        PyObject it = Abstract.getIter(iterable);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            append(x);
        }
    }

    private int index(PyObject key) {
        if (!(key instanceof PyLong) && key.getType().index == null) {
            throw PyExc.typeError("sequence index must be integer, not '" + key.getType().getName() + "'");
        }
        long i = Abstract.asClampedIndex(key);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyExc.indexError("deque index out of range");
        }
        return (int) i;
    }

    private void deleteAt(int i) {
        PyObject[] a = toArray();
        PyObject[] b = new PyObject[a.length - 1];
        System.arraycopy(a, 0, b, 0, i);
        System.arraycopy(a, i + 1, b, i, a.length - i - 1);
        int m = maxlen;
        maxlen = -1;
        replace(b);
        maxlen = m;
    }

    private static PyDeque cast(PyObject o) {
        return (PyDeque) o;
    }

    private static PyDeque newLike(PyDeque d, PyObject[] items) {
        PyDeque r = new PyDeque();
        r.maxlen = d.maxlen;
        for (PyObject x : items) {
            r.append(x);
        }
        return r;
    }

    private static void setup(PyType t) {
        t.newFunc = (type, args, off, nargs, kw) -> type == TYPE ? new PyDeque() : new Derived(type);
        t.init = (self, args, off, nargs, kw) -> {
            PyObject[] p = ArgParser.bind("deque", new String[] {"iterable", "maxlen"}, 0, 0, args, off, nargs, kw);
            PyDeque d = cast(self);
            int maxlen = -1;
            if (p[1] != null && p[1] != PyNone.NONE) {
                long m = Abstract.asClampedIndex(p[1]);
                if (m < 0) {
                    throw PyExc.valueError("maxlen must be non-negative");
                }
                maxlen = (int) Math.min(m, Integer.MAX_VALUE);
            }
            PyObject[] existing = p[0] == self ? d.toArray() : null;
            d.maxlen = -1;
            d.replace(new PyObject[0]);
            d.maxlen = maxlen;
            if (existing != null) {
                for (PyObject x : existing) {
                    d.append(x);
                }
            } else if (p[0] != null) {
                d.extend(p[0]);
            }
        };
        t.len = self -> cast(self).size;
        t.iter = self -> Abstract.getIter(new PyList(cast(self).toArray(), cast(self).size));
        t.contains = (self, x) -> {
            PyDeque d = cast(self);
            for (int i = 0; i < d.size; i++) {
                if (Abstract.richCompareBool(d.get(i), x, CompareOp.EQ)) {
                    return true;
                }
            }
            return false;
        };
        t.getitem = (self, key) -> cast(self).get(cast(self).index(key));
        t.setitem = (self, key, value) -> {
            PyDeque d = cast(self);
            int i = d.index(key);
            if (value == null) {
                d.deleteAt(i);
            } else {
                d.set(i, value);
            }
        };
        t.hash = org.taipan.objects.TypeSlots.HASH_NOT_IMPLEMENTED;
        t.richcompare = (a, b, op) -> {
            if (!(a instanceof PyDeque) || !(b instanceof PyDeque)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return Abstract.richCompare(new PyList(cast(a).toArray(), cast(a).size),
                    new PyList(cast(b).toArray(), cast(b).size), op);
        };
        t.repr = self -> {
            PyDeque d = cast(self);
            IdentityHashMap<PyObject, Boolean> seen = REPRS.get();
            if (seen.containsKey(self)) {
                return PyUnicode.of("[...]");
            }
            seen.put(self, Boolean.TRUE);
            try {
                String items = Abstract.repr(new PyList(d.toArray(), d.size)).value;
                String name = self.getType().getName();
                return PyUnicode.of(d.maxlen < 0 ? name + "(" + items + ")"
                        : name + "(" + items + ", maxlen=" + d.maxlen + ")");
            } finally {
                seen.remove(self);
            }
        };
        t.addIsConcat = true; // deque's + is sq_concat: __add__ without __radd__
        t.nb[BinaryOp.ADD.ordinal()] = (a, b) -> {
            if (!(a instanceof PyDeque)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            if (!(b instanceof PyDeque)) {
                throw PyExc.typeError("can only concatenate deque (not \"" + b.getType().getName() + "\") to deque");
            }
            PyDeque r = newLike(cast(a), cast(a).toArray());
            for (PyObject x : cast(b).toArray()) {
                r.append(x);
            }
            return r;
        };
        t.nb[BinaryOp.MULTIPLY.ordinal()] = (a, b) -> {
            PyDeque d = a instanceof PyDeque ? cast(a) : b instanceof PyDeque ? cast(b) : null;
            PyObject n = a instanceof PyDeque ? b : a;
            if (d == null || (!(n instanceof PyLong) && n.getType().index == null)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            long times = Abstract.asClampedIndex(n);
            PyDeque r = newLike(d, new PyObject[0]);
            PyObject[] items = d.toArray();
            for (long i = 0; i < times; i++) {
                for (PyObject x : items) {
                    r.append(x);
                }
            }
            return r;
        };
        t.nb[BinaryOp.INPLACE_ADD.ordinal()] = (a, b) -> {
            cast(a).extend(b);
            return a;
        };
        t.nb[BinaryOp.INPLACE_MULTIPLY.ordinal()] = (a, b) -> {
            PyDeque d = cast(a);
            long times = Abstract.asClampedIndex(b);
            PyObject[] items = d.toArray();
            int m = d.maxlen;
            d.replace(new PyObject[0]);
            d.maxlen = m;
            for (long i = 0; i < times; i++) {
                for (PyObject x : items) {
                    d.append(x);
                }
            }
            return a;
        };
        t.getset("maxlen", self -> cast(self).maxlen < 0 ? PyNone.NONE : PyLong.of(cast(self).maxlen), null);
        t.method("append", (self, x) -> {
            cast(self).append(x);
            return PyNone.NONE;
        });
        t.method("appendleft", (self, x) -> {
            cast(self).appendLeft(x);
            return PyNone.NONE;
        });
        t.method("extend", (self, x) -> {
            cast(self).extend(x);
            return PyNone.NONE;
        });
        t.method("extendleft", (self, x) -> {
            PyDeque d = cast(self);
            PyObject src = x == self ? new PyList(d.toArray(), d.size) : x;
            PyObject it = Abstract.getIter(src);
            for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
                d.appendLeft(v);
            }
            return PyNone.NONE;
        });
        t.method("pop", self -> cast(self).pop());
        t.method("popleft", self -> cast(self).popLeft());
        t.method("clear", self -> {
            PyDeque d = cast(self);
            int m = d.maxlen;
            d.maxlen = -1;
            d.replace(new PyObject[0]);
            d.maxlen = m;
            return PyNone.NONE;
        });
        SlotFunctionsCopy copy = self -> {
            PyDeque d = cast(self);
            if (self.getType() == TYPE) {
                return newLike(d, d.toArray());
            }
            return Abstract.call(self.getType(), self, d.maxlen < 0 ? PyNone.NONE : PyLong.of(d.maxlen));
        };
        t.method("copy", copy::apply);
        t.method("__copy__", copy::apply);
        t.method("count", (self, x) -> {
            PyDeque d = cast(self);
            long n = 0;
            for (PyObject v : d.toArray()) {
                if (Abstract.richCompareBool(v, x, CompareOp.EQ)) {
                    n++;
                }
            }
            return PyLong.of(n);
        });
        t.method("index", 1, 3, (self, args, off, nargs) -> {
            PyDeque d = cast(self);
            PyObject[] a = java.util.Arrays.copyOfRange(args, off, off + nargs);
            long start = a.length > 1 && a[1] != null ? Abstract.asClampedIndex(a[1]) : 0;
            long stop = a.length > 2 && a[2] != null ? Abstract.asClampedIndex(a[2]) : d.size;
            if (start < 0) {
                start = Math.max(0, start + d.size);
            }
            if (stop < 0) {
                stop = Math.max(0, stop + d.size);
            }
            stop = Math.min(stop, d.size);
            for (long i = start; i < stop; i++) {
                if (Abstract.richCompareBool(d.get((int) i), a[0], CompareOp.EQ)) {
                    return PyLong.of(i);
                }
            }
            throw PyExc.valueError(Abstract.repr(a[0]).value + " is not in deque");
        });
        t.method("insert", (self, i, x) -> {
            PyDeque d = cast(self);
            if (d.maxlen >= 0 && d.size >= d.maxlen) {
                throw PyExc.indexError("deque already at its maximum size");
            }
            PyList l = new PyList(d.toArray(), d.size);
            Abstract.callMethod(l, "insert", i, x);
            d.replace(l.toArray());
            return PyNone.NONE;
        });
        t.method("remove", (self, x) -> {
            PyDeque d = cast(self);
            for (int i = 0; i < d.size; i++) {
                if (Abstract.richCompareBool(d.get(i), x, CompareOp.EQ)) {
                    d.deleteAt(i);
                    return PyNone.NONE;
                }
            }
            throw PyExc.valueError(Abstract.repr(x).value + " is not in deque");
        });
        t.method("reverse", self -> {
            PyDeque d = cast(self);
            PyObject[] a = d.toArray();
            for (int i = 0; i < a.length; i++) {
                d.set(i, a[a.length - 1 - i]);
            }
            return PyNone.NONE;
        });
        t.method("rotate", 0, 1, (self, args, off, nargs) -> {
            PyDeque d = cast(self);
            long n = nargs > 0 && args[off] != null ? Abstract.asClampedIndex(args[off]) : 1;
            if (d.size > 1) {
                int k = (int) Math.floorMod(n, (long) d.size);
                PyObject[] items = d.toArray();
                for (int i = 0; i < items.length; i++) {
                    d.set((i + k) % items.length, items[i]);
                }
            }
            return PyNone.NONE;
        });
        t.method("__reversed__", self -> {
            PyDeque d = cast(self);
            PyObject[] a = d.toArray();
            PyObject[] r = new PyObject[a.length];
            for (int i = 0; i < a.length; i++) {
                r[i] = a[a.length - 1 - i];
            }
            return Abstract.getIter(new PyList(r, r.length));
        });
        t.method("__reduce__", self -> {
            // as CPython's: (type, () or ((), maxlen), instance dict or None, an iterator of the items)
            PyDeque d = cast(self);
            PyDict dict = self.getDict();
            return new PyTuple(self.getType(),
                    d.maxlen < 0 ? new PyTuple() : new PyTuple(new PyTuple(), PyLong.of(d.maxlen)),
                    dict == null || dict.size() == 0 ? PyNone.NONE : dict,
                    Abstract.getIter(new PyList(d.toArray(), d.size)));
        });
    }

    @FunctionalInterface
    private interface SlotFunctionsCopy {
        PyObject apply(PyObject self);
    }
}
