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
    }
}
