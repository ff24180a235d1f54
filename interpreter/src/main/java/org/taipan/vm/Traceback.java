package org.taipan.vm;

import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;

/**
 * {@code traceback}: one entry per frame an exception passed through ({@code tb_frame},
 * {@code tb_lasti}, {@code tb_lineno}, {@code tb_next}); the VM prepends an entry as the
 * exception leaves each frame, like CPython's PyTraceBack_Here.
 */
public final class Traceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", null, Traceback::setup);

    public final PyFrame frame;
    public final int lasti;
    /** Writable from Python (as in CPython), so unittest and others can cut a traceback short. */
    public PyObject next;

    Traceback(PyFrame frame, int lasti, PyObject next) {
        this.frame = frame;
        this.lasti = lasti;
        this.next = next;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public int lineno() {
        int l = frame.code.lineOf(lasti);
        return l < 0 ? frame.code.data.firstLineno : l;
    }

    static void addFrame(PyBaseException e, PyFrame f) {
        e.traceback = new Traceback(f, f.lasti, e.traceback);
    }

    private static void setNext(PyObject descr, PyObject self, PyObject value) {
        if (value == null) {
            throw org.taipan.objects.PyExc.typeError("can't delete tb_next attribute");
        }
        if (value == PyNone.NONE) {
            ((Traceback) self).next = null;
            return;
        }
        if (!(value instanceof Traceback)) {
            throw org.taipan.objects.PyExc.typeError("expected traceback object, got '"
                    + value.getType().getName() + "'");
        }
        for (PyObject t = value; t instanceof Traceback; t = ((Traceback) t).next) {
            if (t == self) {
                throw org.taipan.objects.PyExc.valueError("traceback loop detected");
            }
        }
        ((Traceback) self).next = value;
    }

    private static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.getset("tb_frame", self -> {
            Audit.raise("object.__getattr__", self, org.taipan.objects.PyUnicode.of("tb_frame"));
            return ((Traceback) self).frame;
        }, null);
        t.getset("tb_lasti", self -> PyLong.of(4L * ((Traceback) self).lasti), null);
        t.getset("tb_lineno", self -> PyLong.of(((Traceback) self).lineno()), null);
        t.getset("tb_next", self -> {
            PyObject n = ((Traceback) self).next;
            return n == null ? PyNone.NONE : n;
        }, Traceback::setNext);
    }
}
