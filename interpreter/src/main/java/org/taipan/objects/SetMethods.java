package org.taipan.objects;

/** The methods and operators of {@code set} and {@code frozenset}. */
final class SetMethods {
    private SetMethods() {
    }

    private static PySet like(PyObject self) {
        return new PySet(((PySet) self).frozen);
    }

    private static PySet toSet(PyObject o) {
        if (o instanceof PySet) {
            return (PySet) o;
        }
        PySet s = new PySet(false);
        s.update(o);
        return s;
    }

    static PySet union(PyObject a, PyObject b) {
        PySet r = like(a);
        r.update(a);
        r.update(b);
        return r;
    }

    static PySet intersection(PyObject a, PyObject b) {
        PySet r = like(a);
        PySet x = (PySet) a;
        PySet y = toSet(b);
        if (x.size() > y.size() && b instanceof PySet) {
            PySet t = x;
            x = y;
            y = t;
        }
        for (PyObject k : (b instanceof PySet ? x : y).toArray()) {
            if ((b instanceof PySet ? y : x).contains(k)) {
                r.add(k);
            }
        }
        return r;
    }

    static PySet difference(PyObject a, PyObject b) {
        PySet r = like(a);
        PySet y = toSet(b);
        for (PyObject k : ((PySet) a).toArray()) {
            if (!y.contains(k)) {
                r.add(k);
            }
        }
        return r;
    }

    static PySet symmetricDifference(PyObject a, PyObject b) {
        PySet r = like(a);
        PySet y = toSet(b);
        for (PyObject k : ((PySet) a).toArray()) {
            if (!y.contains(k)) {
                r.add(k);
            }
        }
        for (PyObject k : y.toArray()) {
            if (!((PySet) a).contains(k)) {
                r.add(k);
            }
        }
        return r;
    }

    static void register(PyType t, boolean frozen) {
        t.nb[7] = (a, b) -> a instanceof PySet && b instanceof PySet ? union(a, b) : PyNotImplemented.NOT_IMPLEMENTED;
        t.nb[1] = (a, b) -> a instanceof PySet && b instanceof PySet ? intersection(a, b) : PyNotImplemented.NOT_IMPLEMENTED;
        t.nb[10] = (a, b) -> a instanceof PySet && b instanceof PySet ? difference(a, b) : PyNotImplemented.NOT_IMPLEMENTED;
        t.nb[12] = (a, b) -> a instanceof PySet && b instanceof PySet ? symmetricDifference(a, b) : PyNotImplemented.NOT_IMPLEMENTED;
        t.method("union", 0, Integer.MAX_VALUE, (self, a, off, n) -> {
            PySet r = like(self);
            r.update(self);
            for (int i = 0; i < n; i++) {
                r.update(a[off + i]);
            }
            return r;
        });
        t.method("intersection", 0, Integer.MAX_VALUE, (self, a, off, n) -> {
            PySet r = like(self);
            r.update(self);
            for (int i = 0; i < n; i++) {
                r = intersection(r, a[off + i]);
            }
            return r;
        });
        t.method("difference", 0, Integer.MAX_VALUE, (self, a, off, n) -> {
            PySet r = like(self);
            r.update(self);
            for (int i = 0; i < n; i++) {
                r = difference(r, a[off + i]);
            }
            return r;
        });
        t.method("symmetric_difference", (self, o) -> symmetricDifference(self, o));
        t.method("issubset", (self, o) -> PyBool.of(BuiltinTypeSetup.subset((PySet) self, toSet(o))));
        t.method("issuperset", (self, o) -> PyBool.of(BuiltinTypeSetup.subset(toSet(o), (PySet) self)));
        t.method("isdisjoint", (self, o) -> PyBool.of(intersection(self, o).size() == 0));
        t.method("copy", self -> {
            PySet r = like(self);
            r.update(self);
            return r;
        });
        if (frozen) {
            return;
        }
        t.nb[13 + 7] = (a, b) -> {
            if (!(b instanceof PySet)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            ((PySet) a).update(b);
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
        t.method("pop", self -> {
            PySet s = (PySet) self;
            PyObject[] items = s.toArray();
            if (items.length == 0) {
                throw PyExc.keyError(PyUnicode.of("pop from an empty set"));
            }
            s.discard(items[0]);
            return items[0];
        });
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
    }
}
