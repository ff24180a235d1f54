package org.taipan.vm;

import org.taipan.objects.Abstract;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyUnicode;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyException;

/** IMPORT_NAME / IMPORT_FROM / IMPORT_STAR. Today: modules already in {@code sys.modules}; file imports come next. */
final class Import {
    private Import() {
    }

    static int importName(ThreadState ts, PyFrame f, PyObject[] s, int sp, PyUnicode name) {
        s[--sp] = null; // fromlist
        s[--sp] = null; // level
        PyObject m = ts.interp.modules.getItem(name);
        if (m == null) {
            PyBaseException e = PyExc.instance(PyExc.ModuleNotFoundError, "No module named '" + name.value + "'");
            e.setAttr("name", name);
            throw new PyException(e);
        }
        s[sp++] = m;
        return sp;
    }

    static PyObject importFrom(PyObject module, PyUnicode name) {
        PyObject v = Abstract.getAttrOrNull(module, name);
        if (v == null) {
            throw PyExc.raise(PyExc.ImportError, "cannot import name '" + name.value + "' from '"
                    + Abstract.str(Abstract.getAttr(module, "__name__")).value + "'");
        }
        return v;
    }

    static void importStar(PyFrame f, PyObject module) {
        org.taipan.objects.PyDict d = module.getDict();
        for (PyObject k : d.keySet()) {
            if (k instanceof PyUnicode && !((PyUnicode) k).value.startsWith("_")) {
                Abstract.setItem(f.locals, k, d.getItem(k));
            }
        }
    }
}
