package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;

/** {@code itertools.starmap(function, iterable)}: calls {@code function(*item)}. */
final class ItertoolsStarmap extends ItertoolsIterator {
    static final PyType TYPE = type("starmap", t -> t.newFunc = (type, a, off, n, kw) -> {
        if (type == ItertoolsStarmap.TYPE) {
            ArgParser.noKeywords("starmap", kw);
        }
        ArgParser.checkCount("starmap", n, 2, 2);
        return new ItertoolsStarmap(type, a[off], Abstract.getIter(a[off + 1]));
    });

    private final PyObject func;
    private final PyObject it;

    private ItertoolsStarmap(PyType type, PyObject func, PyObject it) {
        super(type);
        this.func = func;
        this.it = it;
    }

    @Override
    PyObject step() {
        PyObject x = Abstract.next(it);
        if (x == null) {
            return null;
        }
        PyObject[] args = x instanceof PyTuple tu ? tu.items() : items(x);
        return Abstract.call(func, args);
    }
}
