package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyGenericAlias;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;

/** {@code itertools.chain(*iterables)} and {@code chain.from_iterable(iterable)}. */
final class ItertoolsChain extends ItertoolsIterator {
    static final PyType TYPE = type("chain", t -> {
        t.newFunc = (type, a, off, n, kw) -> {
            if (type == ItertoolsChain.TYPE) {
                ArgParser.noKeywords("chain", kw);
            }
            PyObject[] its = new PyObject[n];
            System.arraycopy(a, off, its, 0, n);
            return new ItertoolsChain(type, Abstract.getIter(new PyTuple(its)));
        };
        t.classMethod("from_iterable", (cls, a, off, n, kw) -> {
            ArgParser.noKeywords("from_iterable", kw);
            if (n != 2) {
                throw org.taipan.objects.PyExc.typeError("chain.from_iterable() takes exactly one argument (" + (n - 1) + " given)");
            }
            return new ItertoolsChain((PyType) a[off], Abstract.getIter(a[off + 1]));
        });
        t.classMethod("__class_getitem__", (cls, a, off, n, kw) -> new PyGenericAlias(a[off], a[off + 1]));
    });

    private PyObject sources;
    private PyObject active;

    private ItertoolsChain(PyType type, PyObject sources) {
        super(type);
        this.sources = sources;
    }

    @Override
    PyObject step() {
        while (true) {
            if (active == null) {
                if (sources == null) {
                    return null;
                }
                PyObject src = Abstract.next(sources);
                if (src == null) {
                    sources = null;
                    return null;
                }
                active = Abstract.getIter(src);
            }
            PyObject x = Abstract.next(active);
            if (x != null) {
                return x;
            }
            active = null;
        }
    }
}
