package org.taipan.modules;

import java.util.ArrayList;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;

/** {@code itertools.cycle(iterable)}: saves the items of the first pass, then repeats them. */
final class ItertoolsCycle extends ItertoolsIterator {
    static final PyType TYPE = type("cycle", t -> t.newFunc = (type, a, off, n, kw) -> {
        if (type == ItertoolsCycle.TYPE) {
            ArgParser.noKeywords("cycle", kw);
        }
        ArgParser.checkCount("cycle", n, 1, 1);
        return new ItertoolsCycle(type, Abstract.getIter(a[off]));
    });

    private PyObject it;
    private final ArrayList<PyObject> saved = new ArrayList<>();
    private int index;

    private ItertoolsCycle(PyType type, PyObject it) {
        super(type);
        this.it = it;
    }

    @Override
    PyObject step() {
        if (it != null) {
            PyObject x = Abstract.next(it);
            if (x != null) {
                saved.add(x);
                return x;
            }
            it = null;
        }
        if (saved.isEmpty()) {
            return null;
        }
        PyObject x = saved.get(index);
        index = index + 1 == saved.size() ? 0 : index + 1;
        return x;
    }
}
