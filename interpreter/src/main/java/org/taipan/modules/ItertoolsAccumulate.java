package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.NumberProtocol;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;

/** {@code itertools.accumulate(iterable, func=None, *, initial=None)}. */
final class ItertoolsAccumulate extends ItertoolsIterator {
    static final PyType TYPE = type("accumulate", t -> t.newFunc = (type, a, off, n, kw) -> {
        PyObject[] p = ArgParser.bind("accumulate", new String[] {"iterable", "func", "initial"}, 0, 1, a, off, n, kw);
        if (n > 2) {
            throw org.taipan.objects.PyExc.typeError("accumulate() takes at most 2 positional arguments (" + n + " given)");
        }
        PyObject func = p[1] == PyNone.NONE ? null : p[1];
        PyObject initial = p[2] == PyNone.NONE ? null : p[2];
        return new ItertoolsAccumulate(type, Abstract.getIter(p[0]), func, initial);
    });

    private final PyObject it;
    private final PyObject func;
    private PyObject total;
    private boolean pendingInitial;

    private ItertoolsAccumulate(PyType type, PyObject it, PyObject func, PyObject initial) {
        super(type);
        this.it = it;
        this.func = func;
        this.total = initial;
        this.pendingInitial = initial != null;
    }

    @Override
    PyObject step() {
        if (pendingInitial) {
            pendingInitial = false;
            return total;
        }
        PyObject x = Abstract.next(it);
        if (x == null) {
            return null;
        }
        if (total == null) {
            total = x;
        } else if (func == null) {
            total = NumberProtocol.add(total, x);
        } else {
            total = Abstract.call(func, total, x);
        }
        return total;
    }
}
