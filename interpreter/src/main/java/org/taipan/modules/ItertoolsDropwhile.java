package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;

/** {@code itertools.dropwhile(predicate, iterable)}: Drops items while predicate(item) is true, then yields every item. */
final class ItertoolsDropwhile extends ItertoolsIterator {
    static final PyType TYPE = type("dropwhile", t -> t.newFunc = (type, a, off, n, kw) -> {
        if (type == ItertoolsDropwhile.TYPE) {
            ArgParser.noKeywords("dropwhile", kw);
        }
        ArgParser.checkCount("dropwhile", n, 2, 2);
        return new ItertoolsDropwhile(type, a[off], Abstract.getIter(a[off + 1]));
    });

    private final PyObject pred;
    private final PyObject it;
    private boolean dropping = true;

    private ItertoolsDropwhile(PyType type, PyObject pred, PyObject it) {
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
            if (!dropping) {
                return x;
            }
            if (!Abstract.isTrue(Abstract.call(pred, x))) {
                dropping = false;
                return x;
            }
        }
    }
}
