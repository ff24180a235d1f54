package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;

/**
 * {@code itertools.combinations(iterable, r)} and, with {@code replacement},
 * {@code combinations_with_replacement}: increasing (non-decreasing) index tuples in
 * lexicographic order.
 */
final class ItertoolsCombinations extends ItertoolsIterator {
    static final PyType TYPE = type("combinations", t -> t.newFunc = (type, a, off, n, kw) -> create(type, false, a, off, n, kw));
    static final PyType WITH_REPLACEMENT = type("combinations_with_replacement",
            t -> t.newFunc = (type, a, off, n, kw) -> create(type, true, a, off, n, kw));

    private static ItertoolsCombinations create(PyType type, boolean replacement, PyObject[] a, int off, int n,
                                               org.taipan.objects.PyTuple kw) {
        String name = replacement ? "combinations_with_replacement" : "combinations";
        PyObject[] p = ArgParser.bind(name, new String[] {"iterable", "r"}, 0, 2, a, off, n, kw);
        PyObject[] pool = items(p[0]);
        long r = Abstract.asClampedIndex(p[1]);
        if (r < 0) {
            throw PyExc.valueError("r must be non-negative");
        }
        return new ItertoolsCombinations(type, pool, (int) Math.min(r, Integer.MAX_VALUE), replacement);
    }

    private final PyObject[] pool;
    private final int[] indices;
    private final boolean replacement;
    private boolean started;
    private boolean done;

    private ItertoolsCombinations(PyType type, PyObject[] pool, int r, boolean replacement) {
        super(type);
        this.pool = pool;
        this.replacement = replacement;
        this.done = replacement ? pool.length == 0 && r > 0 : r > pool.length;
        this.indices = new int[done ? 0 : r];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = replacement ? 0 : i;
        }
    }

    @Override
    PyObject step() {
        if (done) {
            return null;
        }
        int r = indices.length;
        int n = pool.length;
        if (started) {
            int i = r - 1;
            while (i >= 0 && indices[i] == (replacement ? n - 1 : i + n - r)) {
                i--;
            }
            if (i < 0) {
                done = true;
                return null;
            }
            indices[i]++;
            for (int j = i + 1; j < r; j++) {
                indices[j] = replacement ? indices[i] : indices[j - 1] + 1;
            }
        }
        started = true;
        PyObject[] items = new PyObject[r];
        for (int i = 0; i < r; i++) {
            items[i] = pool[indices[i]];
        }
        return new PyTuple(items);
    }
}
