package org.taipan.objects;

/**
 * {@code dict_keys}, {@code dict_values} and {@code dict_items}: live views over a dict. Keys and
 * items views are set-like ({@code &}, {@code |}, {@code -}, {@code ^} give sets; comparisons
 * are set comparisons), as CPython's {@code dictview} types.
 */
public final class PyDictView extends PyObject {
    static final int KEYS = 0;
    static final int VALUES = 1;
    static final int ITEMS = 2;
    static final String[] NAMES = {"dict_keys", "dict_values", "dict_items"};
    static final PyType[] TYPES = new PyType[3];

    final PyDict dict;
    final int kind;

    PyDictView(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType getType() {
        return TYPES[kind];
    }

    static boolean isSetLike(PyObject o) {
        return o instanceof PyDictView && ((PyDictView) o).kind != VALUES;
    }

    /** {@code x in view} for keys and items views. */
    boolean contains(PyObject x) {
        if (kind == KEYS) {
            return dict.containsKey(x);
        }
        if (!(x instanceof PyTuple) || ((PyTuple) x).size() != 2) {
            return false;
        }
        PyObject v = dict.getItem(((PyTuple) x).get(0));
        return v != null && Abstract.richCompareBool(v, ((PyTuple) x).get(1), CompareOp.EQ);
    }

    private static PySet toSet(PyObject o) {
        PySet s = new PySet(false);
        s.update(o);
        return s;
    }

    /** Every element of {@code a} is in {@code b} (CPython's all_contained_in). */
    private static boolean allContainedIn(PyObject a, PyObject b) {
        PyObject it = Abstract.getIter(a);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (!Abstract.contains(b, x)) {
                return false;
            }
        }
        return true;
    }

    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof PySet) && !isSetLike(b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        int la = Abstract.len(a);
        int lb = Abstract.len(b);
        boolean r;
        switch (op) {
            case EQ:
            case NE:
                r = la == lb && allContainedIn(a, b);
                if (op == CompareOp.NE) {
                    r = !r;
                }
                break;
            case LT:
                r = la < lb && allContainedIn(a, b);
                break;
            case LE:
                r = la <= lb && allContainedIn(a, b);
                break;
            case GT:
                r = la > lb && allContainedIn(b, a);
                break;
            default:
                r = la >= lb && allContainedIn(b, a);
                break;
        }
        return PyBool.of(r);
    }

    /** {@code a & b} where either is a set-like view (CPython's _PyDictView_Intersect). */
    private static PyObject intersect(PyObject a, PyObject b) {
        if (!isSetLike(a)) {
            PyObject t = a;
            a = b;
            b = t;
        }
        int la = Abstract.len(a);
        if (b.getType() == PySet.SET_TYPE && la <= Abstract.len(b)) {
            return SetMethods.intersection(b, a);
        }
        if (isSetLike(b) && Abstract.len(b) > la) {
            PyObject t = a;
            a = b;
            b = t;
        }
        PyDictView self = (PyDictView) a;
        PySet r = new PySet(false);
        PyObject it = Abstract.getIter(b);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (self.contains(x)) {
                r.add(x);
            }
        }
        return r;
    }

    private static PyObject isDisjoint(PyDictView self, PyObject other) {
        if (other == self) {
            return PyBool.of(self.dict.size() == 0);
        }
        if (other instanceof PySet || isSetLike(other)) {
            PyObject small = self;
            PyObject big = other;
            if (Abstract.len(other) < self.dict.size()) {
                small = other;
                big = self;
            }
            PyObject it = Abstract.getIter(small);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                if (Abstract.contains(big, x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        }
        PyObject it = Abstract.getIter(other);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (self.contains(x)) {
                return PyBool.FALSE;
            }
        }
        return PyBool.TRUE;
    }

    static void setup(PyType t, int kind) {
        t.acceptsSubclasses = false;
        t.len = self -> ((PyDictView) self).dict.size();
        if (kind != VALUES) {
            t.hash = TypeSlots.HASH_NOT_IMPLEMENTED;
        }
        t.iter = self -> new PyDictIter(((PyDictView) self).dict, kind, false);
        t.repr = self -> {
            if (!ReprGuard.enter(self)) {
                return PyUnicode.of("...");
            }
            // views nest through their dicts' values: count the depth as container reprs do
            RecursionGuard.hook.enter(" while getting the repr of an object");
            try {
                StringBuilder sb = new StringBuilder(NAMES[kind]).append("([");
                PyDictIter it = new PyDictIter(((PyDictView) self).dict, kind, false);
                boolean first = true;
                for (PyObject x = it.next(); x != null; x = it.next()) {
                    sb.append(first ? "" : ", ").append(Abstract.repr(x).value);
                    first = false;
                }
                return PyUnicode.of(sb.append("])").toString());
            } finally {
                RecursionGuard.hook.leave();
                ReprGuard.exit(self);
            }
        };
        t.method("__reversed__", self -> new PyDictIter(((PyDictView) self).dict, kind, true));
        t.getset("mapping", self -> new PyMappingProxy(((PyDictView) self).dict), null);
        if (kind == VALUES) {
            return;
        }
        t.contains = (self, x) -> ((PyDictView) self).contains(x);
        t.richcompare = PyDictView::richCompare;
        t.nb[1] = PyDictView::intersect;
        t.nb[7] = (a, b) -> {
            PySet r = toSet(a);
            r.update(b);
            return r;
        };
        t.nb[10] = (a, b) -> {
            PySet r = toSet(a);
            SetMethods.differenceUpdate(r, b);
            return r;
        };
        t.nb[12] = (a, b) -> {
            PySet r = toSet(a);
            SetMethods.symmetricDifferenceUpdate(r, b);
            return r;
        };
        t.method("isdisjoint", (self, o) -> isDisjoint((PyDictView) self, o));
    }
}
