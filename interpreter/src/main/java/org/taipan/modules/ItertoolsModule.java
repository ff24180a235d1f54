package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.InterpreterState;

/**
 * {@code itertools} (CPython's Modules/itertoolsmodule.c): iterator building blocks, written in
 * Java because programs drive them in their innermost loops; one class per iterator type.
 */
public final class ItertoolsModule {
    private ItertoolsModule() {
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("itertools");
        m.add("__doc__", PyUnicode.of("Functional tools for creating and using iterators."));
        m.add("count", ItertoolsCount.TYPE);
        m.add("cycle", ItertoolsCycle.TYPE);
        m.add("repeat", ItertoolsRepeat.TYPE);
        m.add("accumulate", ItertoolsAccumulate.TYPE);
        m.add("chain", ItertoolsChain.TYPE);
        m.add("compress", ItertoolsCompress.TYPE);
        m.add("dropwhile", ItertoolsDropwhile.TYPE);
        m.add("filterfalse", ItertoolsFilterfalse.TYPE);
        m.add("groupby", ItertoolsGroupby.TYPE);
        m.add("_grouper", ItertoolsGrouper.TYPE);
        m.add("islice", ItertoolsIslice.TYPE);
        m.add("pairwise", ItertoolsPairwise.TYPE);
        m.add("starmap", ItertoolsStarmap.TYPE);
        m.add("takewhile", ItertoolsTakewhile.TYPE);
        m.add("_tee", ItertoolsTee.TYPE);
        m.add("zip_longest", ItertoolsZipLongest.TYPE);
        m.add("product", ItertoolsProduct.TYPE);
        m.add("permutations", ItertoolsPermutations.TYPE);
        m.add("combinations", ItertoolsCombinations.TYPE);
        m.add("combinations_with_replacement", ItertoolsCombinations.WITH_REPLACEMENT);
        m.addFunction("tee", (self, a, off, n, kw) -> tee(a, off, n, kw));
        return m;
    }

    /**
     * {@code tee(iterable, n=2)}: n iterators over one source; an iterator with {@code __copy__}
     * is copied, any other is wrapped in a {@code _tee} first.
     */
    private static PyObject tee(PyObject[] a, int off, int n, PyTuple kw) {
        ArgParser.noKeywords("itertools.tee", kw);
        ArgParser.checkCount("tee", n, 1, 2);
        long count = 2;
        if (n == 2) {
            PyObject c = a[off + 1];
            if (!(c instanceof PyLong) && c.getType().index == null) {
                throw PyExc.typeError("'" + c.getType().getName() + "' object cannot be interpreted as an integer");
            }
            count = Abstract.asClampedIndex(c);
            if (count < 0) {
                throw PyExc.valueError("n must be >= 0");
            }
        }
        PyObject it = Abstract.getIter(a[off]);
        if (count == 0) {
            return PyTuple.EMPTY;
        }
        PyObject[] result = new PyObject[(int) Math.min(count, Integer.MAX_VALUE)];
        PyObject copy = it instanceof ItertoolsTee ? null : Abstract.lookupSpecial(it, "__copy__");
        PyObject first = it instanceof ItertoolsTee || copy != null ? it : ItertoolsTee.fromIterable(it);
        result[0] = first;
        for (int i = 1; i < result.length; i++) {
            result[i] = first instanceof ItertoolsTee t ? t.copy() : Abstract.call(Abstract.lookupSpecial(first, "__copy__"));
        }
        return new PyTuple(result);
    }
}
