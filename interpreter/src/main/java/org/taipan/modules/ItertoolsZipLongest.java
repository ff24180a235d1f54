package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/** {@code itertools.zip_longest(*iterables, fillvalue=None)}. */
final class ItertoolsZipLongest extends ItertoolsIterator {
    static final PyType TYPE = type("zip_longest", t -> t.newFunc = (type, a, off, n, kw) -> {
        PyObject fill = PyNone.NONE;
        if (kw != null) {
            for (int i = 0; i < kw.size(); i++) {
                String k = ((PyUnicode) kw.get(i)).value;
                if (!k.equals("fillvalue")) {
                    throw PyExc.typeError("zip_longest() got an unexpected keyword argument");
                }
                fill = a[off + n + i];
            }
        }
        PyObject[] its = new PyObject[n];
        for (int i = 0; i < n; i++) {
            its[i] = Abstract.getIter(a[off + i]);
        }
        return new ItertoolsZipLongest(type, its, fill);
    });

    private final PyObject[] its;
    private final PyObject fill;
    private int active;

    private ItertoolsZipLongest(PyType type, PyObject[] its, PyObject fill) {
        super(type);
        this.its = its;
        this.fill = fill;
        this.active = its.length;
    }

    @Override
    PyObject step() {
        if (active == 0) {
            return null;
        }
        PyObject[] items = new PyObject[its.length];
        for (int i = 0; i < its.length; i++) {
            PyObject x = its[i] == null ? null : Abstract.next(its[i]);
            if (x == null) {
                if (its[i] != null) {
                    its[i] = null;
                    if (--active == 0) {
                        return null;
                    }
                }
                x = fill;
            }
            items[i] = x;
        }
        return new PyTuple(items);
    }
}
