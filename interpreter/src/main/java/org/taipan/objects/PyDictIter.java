package org.taipan.objects;

/**
 * The dict iterators ({@code dict_keyiterator}, {@code dict_reversevalueiterator}, …). Like
 * CPython's, a forward iterator remembers the dict's size and how many items it has left: a
 * size change raises "dictionary changed size during iteration", and finding more entries than
 * expected raises "dictionary keys changed during iteration".
 */
public final class PyDictIter extends PyObject {
    static final PyType[] TYPES = new PyType[6];
    static final String[] NAMES = {"dict_keyiterator", "dict_valueiterator", "dict_itemiterator",
        "dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator"};

    private PyDict dict;
    private final int kind;
    private final boolean reverse;
    private int expectedUsed;
    private int pos;
    private int remaining;

    PyDictIter(PyDict dict, int kind, boolean reverse) {
        this.dict = dict;
        this.kind = kind;
        this.reverse = reverse;
        this.expectedUsed = dict.used;
        this.remaining = dict.used;
        this.pos = reverse ? dict.nentries - 1 : 0;
    }

    /** A copy that iterates on independently, for {@code __reduce__}. */
    private PyDictIter copy() {
        PyDictIter c = new PyDictIter(dict, kind, reverse);
        c.expectedUsed = expectedUsed;
        c.pos = pos;
        c.remaining = remaining;
        return c;
    }

    @Override
    public PyType getType() {
        return TYPES[kind + (reverse ? 3 : 0)];
    }

    /** The next item, or null at the end. */
    PyObject next() {
        PyDict d = dict;
        if (d == null) {
            return null;
        }
        if (d.used != expectedUsed) {
            expectedUsed = -1;
            throw PyExc.runtimeError("dictionary changed size during iteration");
        }
        int e;
        if (reverse) {
            e = pos < 0 ? -1 : d.prevEntry(pos + 1);
            if (e < 0) {
                dict = null;
                return null;
            }
            pos = e - 1;
        } else {
            e = d.nextEntry(pos);
            if (e < 0) {
                dict = null;
                return null;
            }
            if (remaining == 0) {
                dict = null;
                throw PyExc.runtimeError("dictionary keys changed during iteration");
            }
            pos = e + 1;
        }
        remaining--;
        switch (kind) {
            case PyDictView.KEYS:
                return d.keyAt(e);
            case PyDictView.VALUES:
                return d.valueAt(e);
            default:
                return new PyTuple(d.keyAt(e), d.valueAt(e));
        }
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.iter = self -> self;
        t.iternext = self -> ((PyDictIter) self).next();
        t.method("__reduce__", self -> {
            PyDictIter it = (PyDictIter) self;
            return IteratorReduce.remaining(it.dict == null ? null : it.copy());
        });
        t.method("__length_hint__", self -> {
            PyDictIter it = (PyDictIter) self;
            return PyLong.of(it.dict != null && it.dict.used == it.expectedUsed ? it.remaining : 0);
        });
    }
}
