package org.taipan.objects;

/** {@code bytes_iterator} / {@code bytearray_iterator}: yields the ints of a byte sequence (a bytearray's current contents). */
final class BytesIterator extends PyObject {
    static PyType BYTES_TYPE;
    static PyType BYTEARRAY_TYPE;
    private final PyObject seq;
    private int pos;

    BytesIterator(PyObject seq) {
        this.seq = seq;
    }

    @Override
    public PyType getType() {
        return seq instanceof PyByteArray ? BYTEARRAY_TYPE : BYTES_TYPE;
    }

    static void setup(PyType t) {
        BuiltinTypeSetup.setupIter(t);
        t.iternext = self -> {
            BytesIterator it = (BytesIterator) self;
            if (it.pos < 0 || it.pos >= BytesMethods.size(it.seq)) {
                it.pos = -1;
                return null;
            }
            return PyLong.of(BytesMethods.data(it.seq)[it.pos++] & 0xFF);
        };
        t.method("__length_hint__", self -> {
            BytesIterator it = (BytesIterator) self;
            return PyLong.of(it.pos < 0 ? 0 : Math.max(0, BytesMethods.size(it.seq) - it.pos));
        });
        t.method("__reduce__", self -> {
            BytesIterator it = (BytesIterator) self;
            return it.pos < 0 ? IteratorReduce.emptyTuple() : IteratorReduce.at(it.seq, it.pos);
        });
        t.method("__setstate__", (self, state) -> {
            BytesIterator it = (BytesIterator) self;
            if (it.pos >= 0) {
                it.pos = (int) Math.max(0, Math.min(Abstract.asClampedIndex(state), BytesMethods.size(it.seq)));
            }
            return PyNone.NONE;
        });
    }
}
