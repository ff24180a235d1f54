package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.CompareOp;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;

/**
 * {@code itertools.groupby(iterable, key=None)}: yields {@code (key, group)} for each run of
 * equal keys; a group ({@link ItertoolsGrouper}) stays valid only until the next step.
 */
final class ItertoolsGroupby extends ItertoolsIterator {
    static final PyType TYPE = type("groupby", t -> t.newFunc = (type, a, off, n, kw) -> {
        PyObject[] p = ArgParser.bind("groupby", new String[] {"iterable", "key"}, 0, 1, a, off, n, kw);
        PyObject key = p[1] == null || p[1] == PyNone.NONE ? null : p[1];
        return new ItertoolsGroupby(type, Abstract.getIter(p[0]), key);
    });

    private final PyObject it;
    private final PyObject keyfunc;
    /** The item read ahead and its key (null: none pending). */
    PyObject pending;
    PyObject currentKey;
    private PyObject targetKey;
    /** The group handed out last: only it may still yield items. */
    ItertoolsGrouper current;

    private ItertoolsGroupby(PyType type, PyObject it, PyObject keyfunc) {
        super(type);
        this.it = it;
        this.keyfunc = keyfunc;
    }

    /** Reads the next item and its key; false when the source is exhausted. */
    boolean advance() {
        PyObject v = Abstract.next(it);
        if (v == null) {
            return false;
        }
        PyObject k = keyfunc == null ? v : Abstract.call(keyfunc, v);
        pending = v;
        currentKey = k;
        return true;
    }

    @Override
    PyObject step() {
        current = null;
        while (true) {
            if (pending == null && !advance()) {
                return null;
            }
            if (targetKey == null || !Abstract.richCompareBool(targetKey, currentKey, CompareOp.EQ)) {
                break;
            }
            pending = null;
        }
        targetKey = currentKey;
        ItertoolsGrouper g = new ItertoolsGrouper(this, targetKey);
        current = g;
        return new PyTuple(currentKey, g);
    }
}
