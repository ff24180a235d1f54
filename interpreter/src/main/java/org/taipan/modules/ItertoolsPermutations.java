package org.taipan.modules;

import org.taipan.objects.ArgParser;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;

/**
 * {@code itertools.permutations(iterable, r=None)}: r-length orderings in lexicographic order of
 * positions, driven by a rotating index array and per-position countdowns.
 */
final class ItertoolsPermutations extends ItertoolsIterator {
    static final PyType TYPE = type("permutations", t -> t.newFunc = (type, a, off, n, kw) -> {
        PyObject[] p = ArgParser.bind("permutations", new String[] {"iterable", "r"}, 0, 1, a, off, n, kw);
        PyObject[] pool = items(p[0]);
        int r = p[1] == null || p[1] == PyNone.NONE ? pool.length : rArgument(p[1]);
        return new ItertoolsPermutations(type, pool, r);
    });

    private final PyObject[] pool;
    private final int r;
    private final int[] indices;
    private final int[] cycles;
    private boolean started;
    private boolean done;

    private ItertoolsPermutations(PyType type, PyObject[] pool, int r) {
        super(type);
        this.pool = pool;
        this.r = r;
        int n = pool.length;
        this.done = r > n;
        this.indices = new int[done ? 0 : n];
        this.cycles = new int[done ? 0 : r];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = i;
        }
        for (int i = 0; i < cycles.length; i++) {
            cycles[i] = n - i;
        }
    }

    private PyTuple current() {
        PyObject[] items = new PyObject[r];
        for (int i = 0; i < r; i++) {
            items[i] = pool[indices[i]];
        }
        return new PyTuple(items);
    }

    @Override
    PyObject step() {
        if (done) {
            return null;
        }
        if (!started) {
            started = true;
            return current();
        }
        int n = pool.length;
        for (int i = r - 1; i >= 0; i--) {
            if (--cycles[i] == 0) {
                // rotate indices[i:] left by one
                int first = indices[i];
                System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                indices[n - 1] = first;
                cycles[i] = n - i;
            } else {
                int j = cycles[i];
                int tmp = indices[i];
                indices[i] = indices[n - j];
                indices[n - j] = tmp;
                return current();
            }
        }
        done = true;
        return null;
    }
}
