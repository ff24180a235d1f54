package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/** {@code itertools.repeat(object[, times])}: {@code times} -1 means forever. */
final class ItertoolsRepeat extends ItertoolsIterator {
    static final PyType TYPE = type("repeat", t -> {
        t.newFunc = (type, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("repeat", new String[] {"object", "times"}, 0, 1, a, off, n, kw);
            long times = -1;
            if (p[1] != null) {
                if (!(p[1] instanceof PyLong) && p[1].getType().index == null) {
                    throw PyExc.typeError("'" + p[1].getType().getName() + "' object cannot be interpreted as an integer");
                }
                times = Math.max(0, Abstract.asClampedIndex(p[1]));
            }
            return new ItertoolsRepeat(type, p[0], times);
        };
        t.repr = self -> {
            ItertoolsRepeat r = (ItertoolsRepeat) self;
            String name = self.getType().name; // the bare name, as CPython's repr uses
            String obj = Abstract.repr(r.object).value;
            return PyUnicode.of(r.times < 0 ? name + "(" + obj + ")" : name + "(" + obj + ", " + r.times + ")");
        };
        t.method("__length_hint__", self -> {
            ItertoolsRepeat r = (ItertoolsRepeat) self;
            if (r.times < 0) {
                throw PyExc.typeError("len() of unsized object");
            }
            return PyLong.of(r.times);
        });
    });

    private final PyObject object;
    private long times;

    private ItertoolsRepeat(PyType type, PyObject object, long times) {
        super(type);
        this.object = object;
        this.times = times;
    }

    @Override
    PyObject step() {
        if (times < 0) {
            return object;
        }
        if (times == 0) {
            return null;
        }
        times--;
        return object;
    }
}
