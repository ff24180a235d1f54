package org.taipan.modules;

import java.util.function.Consumer;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;

/**
 * The common shape of the {@code itertools} iterator types written in Java: each computes its
 * next item in {@link #step} (null when exhausted), so iterating one costs no interpreted call.
 * Subclass instances created in Python carry their own type and dict.
 */
abstract class ItertoolsIterator extends PyObject {
    private final PyType type;
    private final PyDict dict;

    ItertoolsIterator(PyType type) {
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

    /** The next item, or null when exhausted. */
    abstract PyObject step();

    /** A subclassable iterator type {@code itertools.<name>}; {@code extra} adds its methods. */
    static PyType type(String name, Consumer<PyType> extra) {
        return PyType.builtin("itertools." + name, null, t -> {
            t.acceptsSubclasses = true;
            t.iter = self -> self;
            t.iternext = self -> ((ItertoolsIterator) self).step();
            if (extra != null) {
                extra.accept(t);
            }
        });
    }

    /** Whether {@code o} supports {@code __index__}. */
    static boolean isIndex(PyObject o) {
        return o instanceof PyLong || o.getType().index != null;
    }

    /** {@code r} of permutations/combinations: an int >= 0. */
    static int rArgument(PyObject r) {
        if (!isIndex(r)) {
            throw PyExc.typeError("Expected int as r");
        }
        long v = Abstract.asClampedIndex(r);
        if (v < 0) {
            throw PyExc.valueError("r must be non-negative");
        }
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    /** Every item of {@code iterable}, as an array. */
    static PyObject[] items(PyObject iterable) {
        PyObject it = Abstract.getIter(iterable);
        PyObject[] a = new PyObject[8];
        int n = 0;
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, n * 2);
            }
            a[n++] = x;
        }
        return java.util.Arrays.copyOf(a, n);
    }
}
