package org.taipan.modules;

import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;

/**
 * {@code _collections._deque_iterator} and {@code _deque_reverse_iterator}: read the deque in
 * place (no copy per {@code for} loop) and raise "deque mutated during iteration" once the
 * deque's {@link PyDeque#state} has moved, even when exhausted, as CPython's do.
 */
final class DequeIterator extends PyObject {
    static final PyType FORWARD = type("_deque_iterator");
    static final PyType REVERSE = type("_deque_reverse_iterator");

    private final PyDeque deque;
    private final boolean reverse;
    private final int state;
    /** Items still to give (CPython's counter; 0 after a mutation was reported). */
    private int remaining;
    private int index;

    DequeIterator(PyDeque deque, boolean reverse) {
        this.deque = deque;
        this.reverse = reverse;
        this.state = deque.state;
        this.remaining = deque.size();
        this.index = reverse ? deque.size() - 1 : 0;
    }

    @Override
    public PyType getType() {
        return reverse ? REVERSE : FORWARD;
    }

    private PyObject next() {
        if (deque.state != state) {
            remaining = 0;
            throw PyExc.raise(PyExc.RuntimeError, "deque mutated during iteration");
        }
        if (remaining == 0) {
            return null;
        }
        remaining--;
        PyObject x = deque.get(index);
        index += reverse ? -1 : 1;
        return x;
    }

    private static PyType type(String name) {
        return PyType.builtin("_collections." + name, null, t -> {
            t.acceptsSubclasses = false;
            t.iter = self -> self;
            t.iternext = self -> ((DequeIterator) self).next();
            t.method("__length_hint__", self -> PyLong.of(((DequeIterator) self).remaining));
        });
    }
}
