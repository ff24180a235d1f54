package org.taipan.objects;

/** {@code iterator}: iterates an object that has only {@code __getitem__} (0, 1, 2… until IndexError). */
public final class PySeqIter extends PyObject {
    public static PyType TYPE;
    private PyObject seq;
    private long index;

    public PySeqIter(PyObject seq) {
        this.seq = seq;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.iter = self -> self;
        t.iternext = self -> {
            PySeqIter it = (PySeqIter) self;
            if (it.seq == null) {
                return null;
            }
            try {
                return Abstract.getItem(it.seq, PyLong.of(it.index++));
            } catch (PyException e) {
                if (e.matches(PyExc.IndexError) || e.matches(PyExc.StopIteration)) {
                    it.seq = null;
                    return null;
                }
                throw e;
            }
        };
        t.method("__reduce__", self -> {
            PySeqIter it = (PySeqIter) self;
            return it.seq == null ? IteratorReduce.emptyTuple() : IteratorReduce.at(it.seq, it.index);
        });
        t.method("__setstate__", (self, state) -> {
            PySeqIter it = (PySeqIter) self;
            if (it.seq != null) {
                it.index = Math.max(0, Abstract.asClampedIndex(state));
            }
            return PyNone.NONE;
        });
        t.method("__length_hint__", self -> {
            // len(seq) - index when the sequence has a length, as CPython's iter_len
            PySeqIter it = (PySeqIter) self;
            if (it.seq == null) {
                return PyLong.of(0);
            }
            if (it.seq.getType().len == null) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return PyLong.of(Math.max(0, Abstract.len(it.seq) - it.index));
        });
    }
}
