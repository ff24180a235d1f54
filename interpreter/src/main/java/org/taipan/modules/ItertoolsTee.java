package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;

/**
 * {@code itertools._tee}: one of the independent iterators {@code tee()} returns. Copies share
 * the source iterator and a singly linked list of the items read so far; each copy walks the
 * list at its own pace, and items no copy can reach any more are garbage.
 */
final class ItertoolsTee extends ItertoolsIterator {
    static final PyType TYPE = type("_tee", t -> {
        t.acceptsSubclasses = false;
        t.newFunc = (type, a, off, n, kw) -> {
            ArgParser.noKeywords("_tee", kw);
            ArgParser.checkCount("_tee", n, 1, 1);
            return fromIterable(a[off]);
        };
        t.method("__copy__", self -> ((ItertoolsTee) self).copy());
    });

    /** A cell of the shared list: {@code next} is null until {@code value} has been read. */
    private static final class Link {
        PyObject value;
        Link next;
    }

    private final PyObject source;
    private Link link;

    private ItertoolsTee(PyObject source, Link link) {
        super(TYPE);
        this.source = source;
        this.link = link;
    }

    /** {@code _tee(iterable)}: a _tee's copy, or a new _tee over its iterator. */
    static ItertoolsTee fromIterable(PyObject iterable) {
        PyObject it = Abstract.getIter(iterable);
        if (it instanceof ItertoolsTee t) {
            return t.copy();
        }
        return new ItertoolsTee(it, new Link());
    }

    ItertoolsTee copy() {
        return new ItertoolsTee(source, link);
    }

    @Override
    PyObject step() {
        Link l = link;
        if (l.next == null) {
            PyObject v = Abstract.next(source);
            if (v == null) {
                return null;
            }
            l.value = v;
            l.next = new Link();
        }
        link = l.next;
        return l.value;
    }
}
