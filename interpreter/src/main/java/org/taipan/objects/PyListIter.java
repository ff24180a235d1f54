package org.taipan.objects;

/**
 * {@code list_iterator} and {@code list_reverseiterator}: walk a list by index, re-reading its
 * size at every step like CPython's (so appending while iterating is seen, and shrinking ends
 * the iteration without error).
 */
public final class PyListIter extends PyObject {
    static PyType TYPE;
    static PyType REVERSE_TYPE;
    private PyList list;
    private int index;
    private final boolean reverse;

    PyListIter(PyList list, boolean reverse) {
        this.list = list;
        this.reverse = reverse;
        this.index = reverse ? list.size - 1 : 0;
    }

    @Override
    public PyType getType() {
        return reverse ? REVERSE_TYPE : TYPE;
    }

    PyObject next() {
        PyList l = list;
        if (l == null) {
            return null;
        }
        int i = index;
        if (reverse) {
            if (i >= 0 && i < l.size) {
                index = i - 1;
                return l.items[i];
            }
        } else if (i < l.size) {
            index = i + 1;
            return l.items[i];
        }
        list = null;
        return null;
    }

    int lengthHint() {
        if (list == null) {
            return 0;
        }
        return reverse ? (index < list.size ? index + 1 : 0) : Math.max(0, list.size - index);
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.iter = self -> self;
        t.iternext = self -> ((PyListIter) self).next();
        t.method("__length_hint__", self -> PyLong.of(((PyListIter) self).lengthHint()));
        t.method("__reduce__", self -> {
            PyListIter it = (PyListIter) self;
            if (it.list == null) {
                return IteratorReduce.of(new PyList());
            }
            if (it.reverse) {
                return new PyTuple(IterTypes.REVERSED, new PyTuple(it.list), PyLong.of(it.index));
            }
            return IteratorReduce.at(it.list, it.index);
        });
        t.method("__setstate__", (self, state) -> {
            // the position to resume from, clamped like CPython's listiter_setstate
            PyListIter it = (PyListIter) self;
            if (it.list != null) {
                long i = Abstract.asClampedIndex(state);
                if (it.reverse) {
                    it.index = (int) Math.max(-1, Math.min(i, it.list.size - 1));
                } else {
                    it.index = (int) Math.max(0, Math.min(i, it.list.size));
                }
            }
            return PyNone.NONE;
        });
    }
}
