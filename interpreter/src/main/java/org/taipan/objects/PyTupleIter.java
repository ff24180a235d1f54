package org.taipan.objects;

/** {@code tuple_iterator}: walks a tuple's items. */
public final class PyTupleIter extends PyObject {
    static PyType TYPE;
    private final PyTuple tuple;
    private PyObject[] items;
    private int index;

    PyTupleIter(PyTuple tuple) {
        this.tuple = tuple;
        this.items = tuple.items;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    PyObject next() {
        PyObject[] a = items;
        if (a == null) {
            return null;
        }
        if (index < a.length) {
            return a[index++];
        }
        items = null;
        return null;
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.iter = self -> self;
        t.iternext = self -> ((PyTupleIter) self).next();
        t.method("__length_hint__", self -> {
            PyTupleIter it = (PyTupleIter) self;
            return PyLong.of(it.items == null ? 0 : it.items.length - it.index);
        });
        t.method("__reduce__", self -> {
            PyTupleIter it = (PyTupleIter) self;
            return it.items == null ? IteratorReduce.emptyTuple() : IteratorReduce.at(it.tuple, it.index);
        });
        t.method("__setstate__", (self, state) -> {
            PyTupleIter it = (PyTupleIter) self;
            if (it.items != null) {
                it.index = (int) Math.max(0, Math.min(Abstract.asClampedIndex(state), it.items.length));
            }
            return PyNone.NONE;
        });
    }
}
