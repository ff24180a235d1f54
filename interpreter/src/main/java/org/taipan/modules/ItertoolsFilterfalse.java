package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;

/** {@code itertools.filterfalse(predicate, iterable)}: Yields the items for which function(item) (or the item itself, for None) is false. */
final class ItertoolsFilterfalse extends ItertoolsIterator {
    static final PyType TYPE = type("filterfalse", t -> t.newFunc = (type, a, off, n, kw) -> {
        if (type == ItertoolsFilterfalse.TYPE) {
            ArgParser.noKeywords("filterfalse", kw);
        }
        ArgParser.checkCount("filterfalse", n, 2, 2);
        return new ItertoolsFilterfalse(type, a[off], Abstract.getIter(a[off + 1]));
    });

    private final PyObject pred;
    private final PyObject it;

    private ItertoolsFilterfalse(PyType type, PyObject pred, PyObject it) {
        super(type);
        this.pred = pred;
        this.it = it;
    }

    @Override
    PyObject step() {
        while (true) {
            PyObject x = Abstract.next(it);
            if (x == null) {
                return null;
            }
            if (!Abstract.isTrue(pred == PyNone.NONE ? x : Abstract.call(pred, x))) {
                return x;
            }
        }
    }
}
