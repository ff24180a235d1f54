package org.taipan.objects;

/** The slots and methods of {@code dict}, with CPython 3.11's semantics and messages. */
final class DictMethods {
    private DictMethods() {
    }

    private static PyObject ni() {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** {@code dict.update}'s and {@code dict()}'s positional argument (dict_update_arg). */
    static void updateArg(PyDict d, PyObject arg) {
        if (arg instanceof PyDict && arg.getType() == PyDict.TYPE) {
            d.mergeDict((PyDict) arg);
            return;
        }
        d.update(arg);
    }

    private static void updateKeywords(PyDict d, PyObject[] a, int off, int n, PyTuple kw) {
        for (int i = 0; kw != null && i < kw.size(); i++) {
            d.setItem(kw.get(i), a[off + n + i]);
        }
    }

    static String repr(PyDict d) {
        if (d.used == 0) {
            return "{}";
        }
        if (!ReprGuard.enter(d)) {
            return "{...}";
        }
        // Nested containers recurse in Java: count the depth like CPython's PyObject_Repr.
        RecursionGuard.hook.enter(" while getting the repr of an object");
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                PyObject k = d.keyAt(e);
                PyObject v = d.valueAt(e);
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Abstract.repr(k).value).append(": ").append(Abstract.repr(v).value);
            }
            return sb.append('}').toString();
        } finally {
            RecursionGuard.hook.leave();
            ReprGuard.exit(d);
        }
    }

    /** {@code a == b} for two dicts (dict_equal): same size, every key maps to an equal value. */
    static boolean equal(PyDict a, PyDict b) {
        if (a.used != b.used) {
            return false;
        }
        for (int e = a.nextEntry(0); e >= 0 && e < a.nentries; e = a.nextEntry(e + 1)) {
            PyObject k = a.keyAt(e);
            PyObject v = a.valueAt(e);
            if (k == null) {
                continue;
            }
            int j = b.lookup(k, a.hashes[e]);
            if (j < 0) {
                return false;
            }
            if (!Abstract.richCompareBool(v, b.valueAt(j), CompareOp.EQ)) {
                return false;
            }
        }
        return true;
    }

    static void setup(PyType t) {
        t.hash = TypeSlots.HASH_NOT_IMPLEMENTED;
        t.repr = self -> PyUnicode.of(repr((PyDict) self));
        t.len = self -> ((PyDict) self).used;
        t.richcompare = (a, b, op) -> {
            if (!(b instanceof PyDict) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return ni();
            }
            RecursionGuard.hook.enter(" in comparison");
            try {
                return PyBool.of(equal((PyDict) a, (PyDict) b) == (op == CompareOp.EQ));
            } finally {
                RecursionGuard.hook.leave();
            }
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
        t.iter = self -> new PyDictIter((PyDict) self, PyDictView.KEYS, false);
        t.newFunc = (type, args, off, nargs, kw) -> type == PyDict.TYPE ? new PyDict() : new PyDict.Derived(type);
        t.init = (self, args, off, nargs, kw) -> {
            ArgParser.checkCount("dict", nargs, 0, 1);
            PyDict d = (PyDict) self;
            if (nargs == 1) {
                updateArg(d, args[off]);
            }
            updateKeywords(d, args, off, nargs, kw);
        };
        t.nb[7] = (a, b) -> {
            if (!(a instanceof PyDict) || !(b instanceof PyDict)) {
                return ni();
            }
            PyDict r = ((PyDict) a).copy();
            updateArg(r, b);
            return r;
        };
        t.nb[13 + 7] = (a, b) -> {
            updateArg((PyDict) a, b);
            return a;
        };
        t.method("__reversed__", self -> new PyDictIter((PyDict) self, PyDictView.KEYS, true));
        t.method("get", 1, 2, (self, a, off, n) -> {
            PyObject v = ((PyDict) self).getItem(a[off]);
            return v != null ? v : n > 1 ? a[off + 1] : PyNone.NONE;
        });
        t.method("keys", self -> new PyDictView((PyDict) self, PyDictView.KEYS));
        t.method("values", self -> new PyDictView((PyDict) self, PyDictView.VALUES));
        t.method("items", self -> new PyDictView((PyDict) self, PyDictView.ITEMS));
        t.method("setdefault", 1, 2, (self, a, off, n) -> {
            PyDict d = (PyDict) self;
            long h = Abstract.hash(a[off]);
            int e = d.lookup(a[off], h);
            if (e >= 0) {
                return d.valueAt(e);
            }
            PyObject v = n > 1 ? a[off + 1] : PyNone.NONE;
            d.put(a[off], h, v);
            return v;
        });
        t.method("pop", 1, 2, (self, a, off, n) -> {
            PyDict d = (PyDict) self;
            if (d.used == 0) {
                if (n > 1) {
                    return a[off + 1];
                }
                throw PyExc.keyError(a[off]);
            }
            PyObject v = d.delItemOrNull(a[off]);
            if (v == null) {
                if (n > 1) {
                    return a[off + 1];
                }
                throw PyExc.keyError(a[off]);
            }
            return v;
        });
        t.method("popitem", self -> {
            PyDict d = (PyDict) self;
            if (d.used == 0) {
                throw PyExc.keyError(PyUnicode.of("popitem(): dictionary is empty"));
            }
            return d.popLast();
        });
        t.methodKw("update", (self, a, off, n, kw) -> {
            ArgParser.checkCount("update", n, 0, 1);
            PyDict d = (PyDict) self;
            if (n == 1) {
                updateArg(d, a[off]);
            }
            updateKeywords(d, a, off, n, kw);
            return PyNone.NONE;
        });
        t.method("copy", self -> ((PyDict) self).copy());
        t.method("clear", self -> {
            ((PyDict) self).clear();
            return PyNone.NONE;
        });
        t.classMethod("fromkeys", (cls, a, off, n, kw) -> {
            ArgParser.noKeywords("fromkeys", kw);
            // a[off] is the class itself (see PyClassMethodDescr).
            ArgParser.checkCount("fromkeys", n - 1, 1, 2);
            PyObject d = Abstract.call(a[off]);
            PyObject v = n > 2 ? a[off + 2] : PyNone.NONE;
            PyObject src = a[off + 1];
            if (d.getType() == PyDict.TYPE) {
                PyDict r = (PyDict) d;
                if (src instanceof PyDict && src.getType() == PyDict.TYPE) {
                    PyDict s = (PyDict) src;
                    for (int e = s.nextEntry(0); e >= 0; e = s.nextEntry(e + 1)) {
                        r.put(s.keyAt(e), s.hashes[e], v);
                    }
                    return r;
                }
                if (src instanceof PySet && (src.getType() == PySet.SET_TYPE || src.getType() == PySet.FROZENSET_TYPE)) {
                    for (PyObject k : ((PySet) src).toArray()) {
                        r.setItem(k, v);
                    }
                    return r;
                }
            }
            PyObject it = Abstract.getIter(src);
            for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
                Abstract.setItem(d, k, v);
            }
            return d;
        });
        t.classMethod("__class_getitem__", (self, args, off, nargs, kw) -> new PyGenericAlias(args[off], args[off + 1]));
    }
}
