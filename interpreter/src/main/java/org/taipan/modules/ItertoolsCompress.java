package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;

/** {@code itertools.compress(data, selectors)}: the data items whose selector is true. */
final class ItertoolsCompress extends ItertoolsIterator {
    static final PyType TYPE = type("compress", t -> t.newFunc = (type, a, off, n, kw) -> {
        PyObject[] p = ArgParser.bind("compress", new String[] {"data", "selectors"}, 0, 2, a, off, n, kw);
        return new ItertoolsCompress(type, Abstract.getIter(p[0]), Abstract.getIter(p[1]));
    });

    private final PyObject data;
    private final PyObject selectors;

    private ItertoolsCompress(PyType type, PyObject data, PyObject selectors) {
        super(type);
        this.data = data;
        this.selectors = selectors;
    }

    @Override
    PyObject step() {
        while (true) {
            PyObject d = Abstract.next(data);
            if (d == null) {
                return null;
            }
            PyObject s = Abstract.next(selectors);
            if (s == null) {
                return null;
            }
            if (Abstract.isTrue(s)) {
                return d;
            }
        }
    }
}
