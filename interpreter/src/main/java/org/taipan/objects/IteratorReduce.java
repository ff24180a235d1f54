package org.taipan.objects;

/**
 * The {@code __reduce__} results of the built-in iterators. Pickling an iterator rebuilds it
 * by calling the builtin {@code iter} (or the iterator's own type) on its sequence and then
 * restoring the position with {@code __setstate__}; an exhausted iterator reduces to an
 * iterator over an empty sequence.
 */
public final class IteratorReduce {
    private IteratorReduce() {
    }

    /** The builtin {@code iter} function, set when the builtins module is created. */
    public static PyObject builtinIter;

    private static PyObject iterFunction() {
        if (builtinIter == null) {
            throw PyExc.typeError("cannot pickle iterator: builtins.iter is missing");
        }
        return builtinIter;
    }

    /** {@code (iter, (seq,), index)}: resume iterating {@code seq} at {@code index}. */
    static PyTuple at(PyObject seq, long index) {
        return at(seq, PyLong.of(index));
    }

    static PyTuple at(PyObject seq, PyLong index) {
        return new PyTuple(iterFunction(), new PyTuple(seq), index);
    }

    /** {@code (iter, (seq,))}: iterate {@code seq} from its start. */
    static PyTuple of(PyObject seq) {
        return new PyTuple(iterFunction(), new PyTuple(seq));
    }

    /** {@code (iter, ([...],))}: the items {@code it} has left, drawn from it (for hashed containers). */
    static PyTuple remaining(PyObject it) {
        PyList items = new PyList();
        if (it != null) {
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                items.append(x);
            }
        }
        return of(items);
    }

    /** {@code (iter, (callable, sentinel))}: the two-argument form. */
    static PyTuple call(PyObject callable, PyObject sentinel) {
        return new PyTuple(iterFunction(), new PyTuple(callable, sentinel));
    }

    /** {@code (iter, ((),))}: what an exhausted iterator over a sequence reduces to. */
    static PyTuple emptyTuple() {
        return of(new PyTuple());
    }
}
