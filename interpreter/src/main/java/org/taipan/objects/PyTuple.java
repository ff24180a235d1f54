package org.taipan.objects;

import java.util.ArrayList;
import java.util.List;

/** {@code tuple}: an immutable array of objects. */
public class PyTuple extends PyObject {
    public static PyType TYPE;
    private static final PyObject[] NONE = new PyObject[0];
    public static final PyTuple EMPTY = new PyTuple(NONE);

    final PyObject[] items;

    /** Wraps the array without copying: the caller must not modify it afterwards. */
    public PyTuple(PyObject... items) {
        this.items = items;
    }

    public static PyTuple copyOf(PyObject[] a, int off, int n) {
        if (n == 0) {
            return EMPTY;
        }
        PyObject[] r = new PyObject[n];
        System.arraycopy(a, off, r, 0, n);
        return new PyTuple(r);
    }

    public static PyTuple of(List<PyObject> l) {
        return l.isEmpty() ? EMPTY : new PyTuple(l.toArray(NONE));
    }

    /** {@code tuple(iterable)}. */
    public static PyTuple fromIterable(PyObject o) {
        if (o instanceof PyTuple && o.getType() == TYPE) {
            return (PyTuple) o;
        }
        if (o instanceof PyList) {
            PyList l = (PyList) o;
            return copyOf(l.items, 0, l.size);
        }
        List<PyObject> out = new ArrayList<>();
        PyObject it = Abstract.getIter(o);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            out.add(x);
        }
        return of(out);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    /** The backing array (do not modify). */
    public PyObject[] items() {
        return items;
    }

    /** A tuple subclass instance created in Python. */
    static final class Derived extends PyTuple {
        private final PyType type;
        private final PyDict dict;

        Derived(PyType type, PyObject[] items) {
            super(items);
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
}
