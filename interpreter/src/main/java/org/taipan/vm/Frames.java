package org.taipan.vm;

import org.taipan.compile.CodeData;
import org.taipan.objects.PyCell;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyObject;

/** Frame introspection helpers: {@code f_locals}/{@code locals()} as a dict snapshot of the fast locals. */
final class Frames {
    private Frames() {
    }

    static PyObject locals(PyFrame f) {
        if (f.locals != null) {
            return f.locals;
        }
        PyDict d = new PyDict();
        CodeData c = f.code.data;
        for (int i = 0; i < f.code.nlocalsplus; i++) {
            PyObject v = f.localsPlus[i];
            if (v instanceof PyCell && (c.localsPlusKinds[i] & (CodeData.KIND_CELL | CodeData.KIND_FREE)) != 0) {
                v = ((PyCell) v).ref;
            }
            if (v != null) {
                d.setItem(f.code.localsPlusNames[i], v);
            }
        }
        return d;
    }
}
