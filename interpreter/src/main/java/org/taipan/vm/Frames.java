package org.taipan.vm;

import org.taipan.compile.CodeData;
import org.taipan.objects.PyCell;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyObject;

/** Frame introspection helpers: {@code f_locals}/{@code locals()} as a dict snapshot of the fast locals. */
final class Frames {
    private Frames() {
    }

    /** The frame's locals mapping; for functions one dict per frame, refreshed from the fast locals on each call (3.11). */
    static PyObject locals(PyFrame f) {
        if (f.locals != null) {
            return f.locals;
        }
        PyDict d = f.localsSnapshot();
        if (d == null) {
            d = new PyDict();
            f.setLocalsSnapshot(d);
        }
        CodeData c = f.code.data;
        for (int i = 0; i < f.code.nlocalsplus; i++) {
            PyObject v = f.localsPlus[i];
            if (v instanceof PyCell && (c.localsPlusKinds[i] & (CodeData.KIND_CELL | CodeData.KIND_FREE)) != 0) {
                v = ((PyCell) v).ref;
            }
            if (v != null) {
                d.setItem(f.code.localsPlusNames[i], v);
            } else {
                d.delItemOrNull(f.code.localsPlusNames[i]);
            }
        }
        return d;
    }
}
