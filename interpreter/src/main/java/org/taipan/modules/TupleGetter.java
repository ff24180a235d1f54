package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * {@code _collections._tuplegetter(index, doc)}: the read-only field descriptor of namedtuple
 * classes; in Java so that reading {@code point.x} is one slot call, not an interpreted
 * {@code __get__}.
 */
final class TupleGetter extends PyObject {
    static final PyType TYPE = PyType.builtin("_collections._tuplegetter", null, TupleGetter::setup);

    private final int index;
    private PyObject doc;

    private TupleGetter(int index, PyObject doc) {
        this.index = index;
        this.doc = doc;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.newFunc = (type, a, off, n, kw) -> {
            ArgParser.noKeywords("_tuplegetter", kw);
            ArgParser.checkCount("_tuplegetter", n, 2, 2);
            long i = Abstract.asClampedIndex(a[off]);
            return new TupleGetter((int) Math.max(Math.min(i, Integer.MAX_VALUE), Integer.MIN_VALUE), a[off + 1]);
        };
        t.descrGet = (d, obj, type) -> {
            if (obj == null || obj == PyNone.NONE) {
                return d;
            }
            TupleGetter g = (TupleGetter) d;
            if (!(obj instanceof PyTuple tu)) {
                throw PyExc.typeError("descriptor for index '" + g.index + "' for tuple subclasses doesn't apply to '"
                        + obj.getType().getName() + "' object");
            }
            if (g.index < 0 || g.index >= tu.size()) {
                throw PyExc.indexError("tuple index out of range");
            }
            return tu.get(g.index);
        };
        t.descrSet = (d, obj, value) -> {
            throw PyExc.raise(PyExc.AttributeError, value == null ? "can't delete attribute" : "can't set attribute");
        };
        t.getset("__doc__", self -> ((TupleGetter) self).doc, (d, self, value) -> ((TupleGetter) self).doc = value == null ? PyNone.NONE : value);
        t.repr = self -> {
            TupleGetter g = (TupleGetter) self;
            return PyUnicode.of("_tuplegetter(" + g.index + ", " + Abstract.repr(g.doc).value + ")");
        };
        t.method("__reduce__", self -> {
            TupleGetter g = (TupleGetter) self;
            return new PyTuple(TYPE, new PyTuple(org.taipan.objects.PyLong.of(g.index), g.doc));
        });
    }
}
