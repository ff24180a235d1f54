package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;

/** {@code itertools.takewhile(predicate, iterable)}: Yields items while predicate(item) is true, then stops for good. */
final class ItertoolsTakewhile extends ItertoolsIterator {
    static final PyType TYPE = type("takewhile", t -> t.newFunc = (type, a, off, n, kw) -> {
        if (type == ItertoolsTakewhile.TYPE) {
            ArgParser.noKeywords("takewhile", kw);
        }
        ArgParser.checkCount("takewhile", n, 2, 2);
        return new ItertoolsTakewhile(type, a[off], Abstract.getIter(a[off + 1]));
    });

    private final PyObject pred;
    private final PyObject it;
    private boolean done;

    private ItertoolsTakewhile(PyType type, PyObject pred, PyObject it) {
        super(type);
        this.pred = pred;
        this.it = it;
    }

    @Override
    PyObject step() {
        if (done) {
            return null;
        }
        PyObject x = Abstract.next(it);
        if (x == null) {
            return null;
        }
        if (Abstract.isTrue(Abstract.call(pred, x))) {
            return x;
        }
        done = true;
        return null;
    }
}
