package org.taipan.objects;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The slots and core methods of str, tuple, list, dict and set. Each type's full
 * method set is registered here the same way ({@code t.method(name, lambda)}); breadth is added
 * per type without touching the VM.
 */
final class BuiltinTypeSetup {
    private BuiltinTypeSetup() {
    }

    private static PyObject ni() {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    // int and float live in IntMethods and FloatMethods.

    /** {@code int(x, base)} (kept here for existing callers). */
    static PyLong intNew(PyObject x, PyObject base) {
        return IntMethods.intNew(x, base);
    }

    // --- str (its slots and methods are in StrMethods) ---

    /** Compares by code point (UTF-16 order differs for non-BMP characters); kept for callers such as list.sort. */
    static int compareCodePoints(String x, String y) {
        return PyUnicode.compare(x, y);
    }

    /** The str iterator: {@code str_ascii_iterator} over ASCII text, {@code str_iterator} otherwise (as CPython). */
    static final class StrIter extends PyObject {
        static PyType TYPE;
        static PyType UNICODE_TYPE;
        final PyUnicode s;
        /** Where the next character starts: a code point index when {@code s.points()} exists, else a UTF-16 index. */
        int pos;
        /** Set once the iterator has reported its end (it then pickles as an empty one). */
        boolean done;
        private final boolean ascii;

        StrIter(PyUnicode s) {
            this.s = s;
            this.ascii = StrMethods.isAscii(s.value);
        }

        @Override
        public PyType getType() {
            return ascii ? TYPE : UNICODE_TYPE;
        }

        /** The position as a code point index (what {@code __reduce__} reports). */
        long index() {
            if (s.points() != null) {
                return pos;
            }
            return pos >= s.value.length() ? s.length() : s.cpIndex(pos);
        }

        /** Moves to code point index {@code i} (0..len). */
        void setIndex(long i) {
            pos = s.points() != null ? (int) i : s.value.offsetByCodePoints(0, (int) i);
        }
    }

    static void setupIter(PyType t) {
        t.acceptsSubclasses = false;
        t.iter = self -> self;
    }

    static List<PyObject> iterate(PyObject o) {
        List<PyObject> l = new ArrayList<>();
        PyObject it = Abstract.getIter(o);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            l.add(x);
        }
        return l;
    }
}
