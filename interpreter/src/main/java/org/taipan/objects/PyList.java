package org.taipan.objects;

import java.util.Arrays;
import java.util.List;

/** {@code list}: a growable array of objects. */
public class PyList extends PyObject {
    public static PyType TYPE;
    private static final PyObject[] EMPTY = new PyObject[0];

    PyObject[] items;
    int size;

    public PyList() {
        this.items = EMPTY;
    }

    /** Takes ownership of {@code items[0..n)}. */
    public PyList(PyObject[] items, int n) {
        this.items = items;
        this.size = n;
    }

    public PyList(List<PyObject> l) {
        this.items = l.toArray(EMPTY);
        this.size = items.length;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public int size() {
        return size;
    }

    public PyObject get(int i) {
        return items[i];
    }

    public void set(int i, PyObject v) {
        items[i] = v;
    }

    public void append(PyObject v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(4, size + (size >> 1) + 1));
        }
        items[size++] = v;
    }

    public void insert(int i, PyObject v) {
        append(v);
        System.arraycopy(items, i, items, i + 1, size - 1 - i);
        items[i] = v;
    }

    public PyObject remove(int i) {
        PyObject v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return v;
    }

    public void extend(PyObject iterable) {
        if (iterable instanceof PyList) {
            PyList o = (PyList) iterable;
            int n = o.size;
            for (int i = 0; i < n; i++) {
                append(o.items[i]);
            }
            return;
        }
        if (iterable instanceof PyTuple) {
            for (PyObject x : ((PyTuple) iterable).items) {
                append(x);
            }
            return;
        }
        PyObject it = Abstract.getIter(iterable);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            append(x);
        }
    }

    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    public void clear() {
        items = EMPTY;
        size = 0;
    }

    /** A list subclass instance created in Python ({@code class L(list)}). */
    static final class Derived extends PyList {
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
}
