package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.NumberProtocol;
import org.taipan.objects.PyComplex;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/** {@code itertools.count(start=0, step=1)}: counts with a long while both fit, else with {@code +}. */
final class ItertoolsCount extends ItertoolsIterator {
    static final PyType TYPE = type("count", t -> {
        t.newFunc = (type, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("count", new String[] {"start", "step"}, 0, 0, a, off, n, kw);
            PyObject start = p[0] == null ? PyLong.of(0) : p[0];
            PyObject step = p[1] == null ? PyLong.of(1) : p[1];
            checkNumber(start);
            checkNumber(step);
            return new ItertoolsCount(type, start, step);
        };
        t.repr = self -> {
            ItertoolsCount c = (ItertoolsCount) self;
            PyObject cur = c.current();
            String name = self.getType().name; // the bare name, as CPython's repr uses
            if (c.step instanceof PyLong s && s.fitsLong() && s.longValue() == 1) {
                return PyUnicode.of(name + "(" + Abstract.repr(cur).value + ")");
            }
            return PyUnicode.of(name + "(" + Abstract.repr(cur).value + ", " + Abstract.repr(c.step).value + ")");
        };
    });

    /** The current value while counting in longs ({@code big} is null). */
    private long n;
    private final long longStep;
    /** The current value once counting is generic. */
    private PyObject big;
    private final PyObject step;
    private final boolean fast;

    private ItertoolsCount(PyType type, PyObject start, PyObject step) {
        super(type);
        this.step = step;
        boolean f = start.getType() == PyLong.TYPE && step.getType() == PyLong.TYPE
                && ((PyLong) start).fitsLong() && ((PyLong) step).fitsLong();
        this.fast = f;
        this.longStep = f ? ((PyLong) step).longValue() : 0;
        if (f) {
            n = ((PyLong) start).longValue();
        } else {
            big = start;
        }
    }

    private static void checkNumber(PyObject v) {
        if (v instanceof PyLong || v instanceof PyFloat || v instanceof PyComplex) {
            return;
        }
        if (v instanceof PyUnicode || Abstract.lookupSpecial(v, "__add__") == null) {
            throw PyExc.typeError("a number is required");
        }
    }

    private PyObject current() {
        return big != null ? big : PyLong.of(n);
    }

    @Override
    PyObject step() {
        if (big == null) {
            long r = n;
            long next = r + longStep;
            if (((r ^ next) & (longStep ^ next)) < 0) {
                big = NumberProtocol.add(PyLong.of(r), step); // overflow: continue generically
            } else {
                n = next;
            }
            return PyLong.of(r);
        }
        PyObject r = big;
        big = NumberProtocol.add(r, step);
        return r;
    }
}
