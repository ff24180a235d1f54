package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;

/** {@code itertools.pairwise(iterable)}: overlapping pairs {@code (a, b), (b, c), ...}. */
final class ItertoolsPairwise extends ItertoolsIterator {
    static final PyType TYPE = type("pairwise", t -> t.newFunc = (type, a, off, n, kw) -> {
        if (type == ItertoolsPairwise.TYPE) {
            ArgParser.noKeywords("pairwise", kw);
        }
        ArgParser.checkCount("pairwise", n, 1, 1);
        return new ItertoolsPairwise(type, Abstract.getIter(a[off]));
    });

    private PyObject it;
    private PyObject old;

    private ItertoolsPairwise(PyType type, PyObject it) {
        super(type);
        this.it = it;
    }

    @Override
    PyObject step() {
        PyObject src = it;
        if (src == null) {
            return null;
        }
        if (old == null) {
            old = Abstract.next(src);
            if (old == null) {
                it = null;
                return null;
            }
        }
        PyObject x = Abstract.next(src);
        if (x == null) {
            it = null;
            old = null;
            return null;
        }
        PyTuple pair = new PyTuple(old, x);
        old = x;
        return pair;
    }
}
