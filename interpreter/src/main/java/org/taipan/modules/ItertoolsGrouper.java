package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.CompareOp;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;

/** {@code itertools._grouper}: one group of a {@link ItertoolsGroupby}, reading from its parent. */
final class ItertoolsGrouper extends ItertoolsIterator {
    static final PyType TYPE = type("_grouper", t -> {
        t.acceptsSubclasses = false;
        t.newFunc = (type, a, off, n, kw) -> {
            ArgParser.noKeywords("_grouper", kw);
            ArgParser.checkCount("_grouper", n, 2, 2);
            if (!(a[off] instanceof ItertoolsGroupby g)) {
                throw PyExc.typeError("_grouper() argument 1 must be itertools.groupby, not " + a[off].getType().getName());
            }
            return new ItertoolsGrouper(g, a[off + 1]);
        };
    });

    private final ItertoolsGroupby parent;
    private final PyObject key;

    ItertoolsGrouper(ItertoolsGroupby parent, PyObject key) {
        super(TYPE);
        this.parent = parent;
        this.key = key;
    }

    @Override
    PyObject step() {
        ItertoolsGroupby p = parent;
        if (p.current != this) {
            return null;
        }
        if (p.pending == null && !p.advance()) {
            return null;
        }
        if (!Abstract.richCompareBool(key, p.currentKey, CompareOp.EQ)) {
            return null;
        }
        PyObject v = p.pending;
        p.pending = null;
        return v;
    }
}
