package org.taipan.objects;

/**
 * {@code list.sort}'s algorithm: a stable natural merge sort in the manner of CPython's timsort
 * (ascending and strictly descending runs, short runs extended by binary insertion to a minimum
 * run length, runs merged under timsort's stack invariants). It compares with {@code <} only,
 * once per comparison, and sorts a parallel array of values along with the keys.
 */
final class ListSort {
    private final PyObject[] keys;
    private final PyObject[] values;
    private PyObject[] tmpKeys;
    private PyObject[] tmpValues;
    private final int[] runBase = new int[85];
    private final int[] runLen = new int[85];
    private int stackSize;

    private ListSort(PyObject[] keys, PyObject[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** Sorts {@code keys[0..n)} (and {@code values}, when not null, in the same permutation). */
    static void sort(PyObject[] keys, PyObject[] values, int n) {
        if (n < 2) {
            return;
        }
        new ListSort(keys, values).run(n);
    }

    /** {@code a < b}, with direct paths for exact ints and strs. */
    static boolean lt(PyObject a, PyObject b) {
        if (a.getClass() == PyLong.class && b.getClass() == PyLong.class) {
            return ((PyLong) a).compareTo((PyLong) b) < 0;
        }
        if (a.getClass() == PyUnicode.class && b.getClass() == PyUnicode.class) {
            return BuiltinTypeSetup.compareCodePoints(((PyUnicode) a).value, ((PyUnicode) b).value) < 0;
        }
        return Abstract.richCompareBool(a, b, CompareOp.LT);
    }

    private static int minRunLength(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    private void run(int n) {
        int lo = 0;
        int remaining = n;
        int minRun = minRunLength(n);
        while (remaining > 0) {
            int len = countRun(lo, lo + remaining);
            if (len < minRun) {
                int force = Math.min(remaining, minRun);
                binaryInsertion(lo, lo + force, lo + len);
                len = force;
            }
            runBase[stackSize] = lo;
            runLen[stackSize] = len;
            stackSize++;
            mergeCollapse();
            lo += len;
            remaining -= len;
        }
        while (stackSize > 1) {
            int k = stackSize - 2;
            if (k > 0 && runLen[k - 1] < runLen[k + 1]) {
                k--;
            }
            mergeAt(k);
        }
    }

    /** The length of the run at {@code lo}; a strictly descending run is reversed in place. */
    private int countRun(int lo, int hi) {
        int i = lo + 1;
        if (i == hi) {
            return 1;
        }
        if (lt(keys[i], keys[lo])) {
            while (i + 1 < hi && lt(keys[i + 1], keys[i])) {
                i++;
            }
            reverse(lo, i + 1);
        } else {
            while (i + 1 < hi && !lt(keys[i + 1], keys[i])) {
                i++;
            }
        }
        return i + 1 - lo;
    }

    private void reverse(int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) {
            PyObject t = keys[lo];
            keys[lo] = keys[hi];
            keys[hi] = t;
            if (values != null) {
                t = values[lo];
                values[lo] = values[hi];
                values[hi] = t;
            }
        }
    }

    /** Insertion sort of {@code [lo, hi)} where {@code [lo, start)} is already sorted. */
    private void binaryInsertion(int lo, int hi, int start) {
        for (; start < hi; start++) {
            PyObject pivot = keys[start];
            PyObject pivotValue = values == null ? null : values[start];
            int l = lo;
            int r = start;
            while (l < r) {
                int mid = (l + r) >>> 1;
                if (lt(pivot, keys[mid])) {
                    r = mid;
                } else {
                    l = mid + 1;
                }
            }
            System.arraycopy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (values != null) {
                System.arraycopy(values, l, values, l + 1, start - l);
                values[l] = pivotValue;
            }
        }
    }

    /** Restores timsort's invariants on the run lengths at the top of the stack. */
    private void mergeCollapse() {
        while (stackSize > 1) {
            int k = stackSize - 2;
            if ((k > 0 && runLen[k - 1] <= runLen[k] + runLen[k + 1])
                    || (k > 1 && runLen[k - 2] <= runLen[k - 1] + runLen[k])) {
                if (runLen[k - 1] < runLen[k + 1]) {
                    k--;
                }
            } else if (runLen[k] > runLen[k + 1]) {
                break;
            }
            mergeAt(k);
        }
    }

    /** Merges runs {@code k} and {@code k + 1}: stable (ties keep the left run's item first). */
    private void mergeAt(int k) {
        int base = runBase[k];
        int lenA = runLen[k];
        int lenB = runLen[k + 1];
        runLen[k] = lenA + lenB;
        if (k == stackSize - 3) {
            runBase[k + 1] = runBase[k + 2];
            runLen[k + 1] = runLen[k + 2];
        }
        stackSize--;
        int mid = base + lenA;
        // Items of A already <= B's first stay where they are; items of B >= A's last too.
        if (!lt(keys[mid], keys[mid - 1])) {
            return;
        }
        if (tmpKeys == null || tmpKeys.length < lenA) {
            tmpKeys = new PyObject[Math.max(lenA, 16)];
            tmpValues = values == null ? null : new PyObject[tmpKeys.length];
        }
        System.arraycopy(keys, base, tmpKeys, 0, lenA);
        if (values != null) {
            System.arraycopy(values, base, tmpValues, 0, lenA);
        }
        int a = 0;
        int b = mid;
        int end = mid + lenB;
        int dest = base;
        try {
            while (a < lenA && b < end) {
                if (lt(keys[b], tmpKeys[a])) {
                    if (values != null) {
                        values[dest] = values[b];
                    }
                    keys[dest++] = keys[b++];
                } else {
                    if (values != null) {
                        values[dest] = tmpValues[a];
                    }
                    keys[dest++] = tmpKeys[a++];
                }
            }
        } finally {
            // Also on an exception from '<': every item stays in the array exactly once.
            int rest = lenA - a;
            System.arraycopy(tmpKeys, a, keys, dest, rest);
            if (values != null) {
                System.arraycopy(tmpValues, a, values, dest, rest);
            }
        }
    }
}
