package org.taipan.objects;

/**
 * The slots and methods of {@code set} and {@code frozenset}. Each operation walks the tables in
 * the same order as CPython's {@code setobject.c} (which operand is iterated, which is probed,
 * where the result starts from), so the results iterate — and print — in CPython's order.
 */
final class SetMethods {
    private SetMethods() {
    }

    private static PyObject ni() {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** An empty set of the base type of {@code self} (make_new_set_basetype). */
    private static PySet newLike(PyObject self) {
        return new PySet(((PySet) self).frozen);
    }

    /** {@code set(iterable)} of the base type of {@code self}. */
    private static PySet newLike(PyObject self, PyObject iterable) {
        PySet r = newLike(self);
        r.update(iterable);
        return r;
    }

    static PySet copy(PyObject self) {
        return newLike(self, self);
    }

    static PySet union(PyObject a, PyObject b) {
        PySet r = copy(a);
        if (a != b) {
            r.update(b);
        }
        return r;
    }

    static PySet intersection(PyObject self, PyObject other) {
        if (self == other) {
            return copy(self);
        }
        PySet so = (PySet) self;
        PySet r = newLike(self);
        if (other instanceof PySet) {
            PySet o = (PySet) other;
            if (o.used > so.used) {
                PySet t = so;
                so = o;
                o = t;
            }
            for (int i = o.next(0); i >= 0; i = o.next(i + 1)) {
                PyObject k = o.keys[i];
                long h = o.hashes[i];
                if (so.find(k, h) >= 0) {
                    r.addEntry(k, h);
                }
            }
            return r;
        }
        PyObject it = Abstract.getIter(other);
        for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
            long h = Abstract.hash(k);
            if (so.find(k, h) >= 0) {
                r.addEntry(k, h);
            }
        }
        return r;
    }

    static void differenceUpdate(PySet so, PyObject other) {
        if (so == other) {
            so.clear();
            return;
        }
        if (other instanceof PySet) {
            PySet o = (PySet) other;
            for (int i = o.next(0); i >= 0; i = o.next(i + 1)) {
                so.discardEntry(o.keys[i], o.hashes[i]);
            }
        } else {
            PyObject it = Abstract.getIter(other);
            for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
                so.discard(k);
            }
        }
        // More than a quarter dummies: rebuild without them.
        if (so.fill - so.used > so.mask / 4) {
            so.resize(so.used > 50000 ? so.used * 2 : so.used * 4);
        }
    }

    static PySet difference(PyObject self, PyObject other) {
        PySet so = (PySet) self;
        int otherSize;
        if (other instanceof PySet) {
            otherSize = ((PySet) other).used;
        } else if (other instanceof PyDict && other.getType() == PyDict.TYPE) {
            otherSize = ((PyDict) other).size();
        } else {
            PySet r = copy(self);
            differenceUpdate(r, other);
            return r;
        }
        if ((so.used >> 2) > otherSize) {
            PySet r = copy(self);
            differenceUpdate(r, other);
            return r;
        }
        PySet r = newLike(self);
        for (int i = so.next(0); i >= 0; i = so.next(i + 1)) {
            PyObject k = so.keys[i];
            long h = so.hashes[i];
            boolean in = other instanceof PySet ? ((PySet) other).find(k, h) >= 0
                    : ((PyDict) other).lookup(k, h) >= 0;
            if (!in) {
                r.addEntry(k, h);
            }
        }
        return r;
    }

    static void symmetricDifferenceUpdate(PySet so, PyObject other) {
        if (so == other) {
            so.clear();
            return;
        }
        if (other instanceof PyDict && other.getType() == PyDict.TYPE) {
            PyDict d = (PyDict) other;
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                if (!so.discardEntry(d.keyAt(e), d.hashes[e])) {
                    so.addEntry(d.keyAt(e), d.hashes[e]);
                }
            }
            return;
        }
        PySet o = other instanceof PySet ? (PySet) other : newLike(so, other);
        for (int i = o.next(0); i >= 0; i = o.next(i + 1)) {
            if (!so.discardEntry(o.keys[i], o.hashes[i])) {
                so.addEntry(o.keys[i], o.hashes[i]);
            }
        }
    }

    static PySet symmetricDifference(PyObject self, PyObject other) {
        // CPython starts from the other operand and folds self into it.
        PySet r = newLike(self, other);
        symmetricDifferenceUpdate(r, self);
        return r;
    }

    static boolean isSubset(PySet so, PyObject other) {
        if (!(other instanceof PySet)) {
            PySet t = new PySet(false);
            t.update(other);
            other = t;
        }
        PySet o = (PySet) other;
        if (so.used > o.used) {
            return false;
        }
        for (int i = so.next(0); i >= 0; i = so.next(i + 1)) {
            if (o.find(so.keys[i], so.hashes[i]) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isSuperset(PySet so, PyObject other) {
        if (other instanceof PySet) {
            return isSubset((PySet) other, so);
        }
        PyObject it = Abstract.getIter(other);
        for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
            if (!so.contains(k)) {
                return false;
            }
        }
        return true;
    }

    static boolean isDisjoint(PySet so, PyObject other) {
        if (so == other) {
            return so.used == 0;
        }
        if (other instanceof PySet) {
            PySet o = (PySet) other;
            if (o.used > so.used) {
                PySet t = so;
                so = o;
                o = t;
            }
            for (int i = o.next(0); i >= 0; i = o.next(i + 1)) {
                if (so.find(o.keys[i], o.hashes[i]) >= 0) {
                    return false;
                }
            }
            return true;
        }
        PyObject it = Abstract.getIter(other);
        for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
            if (so.contains(k)) {
                return false;
            }
        }
        return true;
    }

    static String repr(PySet s) {
        String name = s.getType().getName();
        if (!ReprGuard.enter(s)) {
            return name + "(...)";
        }
        // Nested containers recurse in Java: count the depth like CPython's PyObject_Repr.
        RecursionGuard.hook.enter(" while getting the repr of an object");
        try {
            if (s.size() == 0) {
                return name + "()";
            }
            StringBuilder sb = new StringBuilder();
            boolean first = true;
            for (PyObject x : s.toArray()) {
                sb.append(first ? "" : ", ").append(Abstract.repr(x).value);
                first = false;
            }
            return s.getType() == PySet.SET_TYPE ? "{" + sb + "}" : name + "({" + sb + "})";
        } finally {
            RecursionGuard.hook.leave();
            ReprGuard.exit(s);
        }
    }

    private static PyObject compare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof PySet)) {
            return ni();
        }
        PySet v = (PySet) a;
        PySet w = (PySet) b;
        switch (op) {
            case EQ:
            case NE: {
                boolean eq = v.used == w.used && !(v.hash != -1 && w.hash != -1 && v.hash != w.hash)
                        && isSubset(v, w);
                return PyBool.of(eq == (op == CompareOp.EQ));
            }
            case LE:
                return PyBool.of(isSubset(v, w));
            case GE:
                return PyBool.of(isSuperset(v, w));
            case LT:
                return PyBool.of(v.used < w.used && isSubset(v, w));
            default:
                return PyBool.of(v.used > w.used && isSuperset(v, w));
        }
    }

    static void setup(PyType t, boolean frozen) {
        t.repr = self -> PyUnicode.of(repr((PySet) self));
        t.len = self -> ((PySet) self).used;
        t.contains = (self, x) -> ((PySet) self).contains(x);
        t.iter = self -> new PySet.Iter((PySet) self);
        t.hash = frozen ? self -> ((PySet) self).frozenHash() : TypeSlots.HASH_NOT_IMPLEMENTED;
        t.richcompare = SetMethods::compare;
        String name = frozen ? "frozenset" : "set";
        t.newFunc = (type, args, off, nargs, kw) -> {
            if (type == PySet.SET_TYPE || type == PySet.FROZENSET_TYPE) {
                ArgParser.noKeywords(name, kw);
            }
            if (!frozen) {
                return type == PySet.SET_TYPE ? new PySet(false) : new PySet.Derived(type, false);
            }
            ArgParser.checkCount(name, nargs, 0, 1);
            if (type == PySet.FROZENSET_TYPE && nargs == 1 && args[off].getType() == PySet.FROZENSET_TYPE) {
                return args[off];
            }
            PySet s = type == PySet.FROZENSET_TYPE ? new PySet(true) : new PySet.Derived(type, true);
            if (nargs == 1) {
                s.update(args[off]);
            }
            return s;
        };
        if (!frozen) {
            t.init = (self, args, off, nargs, kw) -> {
                if (self.getType() == PySet.SET_TYPE) {
                    ArgParser.noKeywords("set", kw);
                }
                ArgParser.checkCount("set", nargs, 0, 1);
                PySet s = (PySet) self;
                if (s.fill > 0) {
                    s.clear();
                }
                if (nargs == 1) {
                    s.update(args[off]);
                }
            };
        }
        t.nb[7] = (a, b) -> a instanceof PySet && b instanceof PySet ? union(a, b) : ni();
        t.nb[1] = (a, b) -> a instanceof PySet && b instanceof PySet ? intersection(a, b) : ni();
        t.nb[10] = (a, b) -> a instanceof PySet && b instanceof PySet ? difference(a, b) : ni();
        t.nb[12] = (a, b) -> a instanceof PySet && b instanceof PySet ? symmetricDifference(a, b) : ni();
        t.method("union", 0, Integer.MAX_VALUE, (self, a, off, n) -> {
            PySet r = copy(self);
            for (int i = 0; i < n; i++) {
                if (a[off + i] != self) {
                    r.update(a[off + i]);
                }
            }
            return r;
        });
        t.method("intersection", 0, Integer.MAX_VALUE, (self, a, off, n) -> {
            if (n == 0) {
                return copy(self);
            }
            PyObject r = self;
            for (int i = 0; i < n; i++) {
                r = intersection(r, a[off + i]);
            }
            return r;
        });
        t.method("difference", 0, Integer.MAX_VALUE, (self, a, off, n) -> {
            if (n == 0) {
                return copy(self);
            }
            PySet r = difference(self, a[off]);
            for (int i = 1; i < n; i++) {
                differenceUpdate(r, a[off + i]);
            }
            return r;
        });
        t.method("symmetric_difference", (self, o) -> symmetricDifference(self, o));
        t.method("issubset", (self, o) -> PyBool.of(isSubset((PySet) self, o)));
        t.method("issuperset", (self, o) -> PyBool.of(isSuperset((PySet) self, o)));
        t.method("isdisjoint", (self, o) -> PyBool.of(isDisjoint((PySet) self, o)));
        t.method("copy", self -> frozen && self.getType() == PySet.FROZENSET_TYPE ? self : copy(self));
        t.classMethod("__class_getitem__", (self, args, off, nargs, kw) -> new PyGenericAlias(args[off], args[off + 1]));
        // pickling: (type, (list of the items,), instance dict or None)
        t.method("__reduce__", self -> {
            PyDict d = self.getDict();
            return new PyTuple(self.getType(), new PyTuple(new PyList(((PySet) self).toArray(), ((PySet) self).size())),
                    d == null || d.size() == 0 ? PyNone.NONE : d);
        });
        if (frozen) {
            return;
        }
        t.nb[13 + 7] = (a, b) -> {
            if (!(b instanceof PySet)) {
                return ni();
            }
            ((PySet) a).update(b);
            return a;
        };
        t.nb[13 + 1] = (a, b) -> {
            if (!(b instanceof PySet)) {
                return ni();
            }
            ((PySet) a).swapBodies(intersection(a, b));
            return a;
        };
        t.nb[13 + 10] = (a, b) -> {
            if (!(b instanceof PySet)) {
                return ni();
            }
            differenceUpdate((PySet) a, b);
            return a;
        };
        t.nb[13 + 12] = (a, b) -> {
            if (!(b instanceof PySet)) {
                return ni();
            }
            symmetricDifferenceUpdate((PySet) a, b);
            return a;
        };
        t.method("add", (self, x) -> {
            ((PySet) self).add(x);
            return PyNone.NONE;
        });
        t.method("discard", (self, x) -> {
            ((PySet) self).discard(x);
            return PyNone.NONE;
        });
        t.method("remove", (self, x) -> {
            if (!((PySet) self).discard(x)) {
                throw PyExc.keyError(x);
            }
            return PyNone.NONE;
        });
        t.method("pop", self -> ((PySet) self).pop());
        t.method("clear", self -> {
            ((PySet) self).clear();
            return PyNone.NONE;
        });
        t.method("update", 0, Integer.MAX_VALUE, (self, a, off, n) -> {
            for (int i = 0; i < n; i++) {
                ((PySet) self).update(a[off + i]);
            }
            return PyNone.NONE;
        });
        t.method("intersection_update", 0, Integer.MAX_VALUE, (self, a, off, n) -> {
            PyObject r = self;
            for (int i = 0; i < n; i++) {
                r = intersection(r, a[off + i]);
            }
            if (n > 0) {
                ((PySet) self).swapBodies((PySet) r);
            }
            return PyNone.NONE;
        });
        t.method("difference_update", 0, Integer.MAX_VALUE, (self, a, off, n) -> {
            for (int i = 0; i < n; i++) {
                differenceUpdate((PySet) self, a[off + i]);
            }
            return PyNone.NONE;
        });
        t.method("symmetric_difference_update", (self, o) -> {
            symmetricDifferenceUpdate((PySet) self, o);
            return PyNone.NONE;
        });
    }
}
