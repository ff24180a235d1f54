package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/** {@code itertools.product(*iterables, repeat=1)}: an odometer over the pools' indices. */
final class ItertoolsProduct extends ItertoolsIterator {
    static final PyType TYPE = type("product", t -> t.newFunc = (type, a, off, n, kw) -> {
        long repeat = 1;
        if (kw != null && kw.size() > 0) {
            if (kw.size() > 1) {
                throw PyExc.typeError("product() takes at most 1 keyword argument (" + kw.size() + " given)");
            }
            String k = ((PyUnicode) kw.get(0)).value;
            if (!k.equals("repeat")) {
                throw PyExc.typeError("'" + k + "' is an invalid keyword argument for product()");
            }
            PyObject r = a[off + n];
            if (!(r instanceof PyLong) && r.getType().index == null) {
                throw PyExc.typeError("'" + r.getType().getName() + "' object cannot be interpreted as an integer");
            }
            repeat = Abstract.asClampedIndex(r);
            if (repeat < 0) {
                throw PyExc.valueError("repeat argument cannot be negative");
            }
        }
        PyObject[][] given = new PyObject[n][];
        for (int i = 0; i < n; i++) {
            given[i] = items(a[off + i]);
        }
        if (n > 0 && repeat > Integer.MAX_VALUE / n) {
            throw PyExc.raise(PyExc.OverflowError, "repeat argument too large");
        }
        PyObject[][] pools = new PyObject[(int) (n * repeat)][];
        for (int i = 0; i < pools.length; i++) {
            pools[i] = given[i % Math.max(n, 1)];
        }
        return new ItertoolsProduct(type, pools);
    });

    private final PyObject[][] pools;
    private final int[] indices;
    private PyObject[] last;
    private boolean done;

    private ItertoolsProduct(PyType type, PyObject[][] pools) {
        super(type);
        this.pools = pools;
        this.indices = new int[pools.length];
        for (PyObject[] p : pools) {
            if (p.length == 0) {
                done = true;
            }
        }
    }

    @Override
    PyObject step() {
        if (done) {
            return null;
        }
        int r = pools.length;
        PyObject[] items;
        if (last == null) {
            items = new PyObject[r];
            for (int i = 0; i < r; i++) {
                items[i] = pools[i][0];
            }
        } else {
            items = last.clone();
            int i = r - 1;
            while (i >= 0 && ++indices[i] == pools[i].length) {
                indices[i] = 0;
                items[i] = pools[i][0];
                i--;
            }
            if (i < 0) {
                done = true;
                last = null;
                return null;
            }
            items[i] = pools[i][indices[i]];
        }
        last = items;
        return new PyTuple(items);
    }
}
