package org.taipan.objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ListSort} against Java's stable object sort: same permutation for keys with many
 * duplicates, runs ascending and descending, sizes around the minimum run length and merge
 * boundaries; and an exception from {@code <} leaves every item in the array exactly once.
 */
class ListSortTest {
    private static void check(long[] keys) {
        int n = keys.length;
        PyObject[] k = new PyObject[n];
        PyObject[] v = new PyObject[n];
        Integer[] expected = new Integer[n];
        for (int i = 0; i < n; i++) {
            k[i] = PyLong.of(keys[i]);
            v[i] = PyLong.of(i);
            expected[i] = i;
        }
        Arrays.sort(expected, Comparator.comparingLong(i -> keys[i]));
        ListSort.sort(k, v, n);
        long[] got = new long[n];
        long[] want = new long[n];
        for (int i = 0; i < n; i++) {
            got[i] = ((PyLong) v[i]).longValue();
            want[i] = expected[i];
            assertEquals(keys[expected[i]], ((PyLong) k[i]).longValue());
        }
        assertArrayEquals(want, got, "size " + n);
    }

    @Test
    void randomKeysWithDuplicatesStayStable() {
        Random r = new Random(42);
        for (int n : new int[] {0, 1, 2, 3, 31, 32, 33, 63, 64, 65, 127, 128, 129, 1000, 4097, 100_000}) {
            for (int range : new int[] {2, 10, 1000, Integer.MAX_VALUE}) {
                long[] keys = new long[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = r.nextInt(range);
                }
                check(keys);
            }
        }
    }

    @Test
    void runsAscendingDescendingAndSawtooth() {
        Random r = new Random(7);
        for (int n : new int[] {10, 70, 300, 5000, 70_000}) {
            long[] asc = new long[n];
            long[] desc = new long[n];
            long[] saw = new long[n];
            long[] blocks = new long[n];
            for (int i = 0; i < n; i++) {
                asc[i] = i;
                desc[i] = n - i;
                saw[i] = i % 37;
                blocks[i] = (i / 100) % 2 == 0 ? i : n - i + r.nextInt(3);
            }
            check(asc);
            check(desc);
            check(saw);
            check(blocks);
        }
    }

    @Test
    void failingComparisonKeepsEveryItem() {
        int n = 500;
        PyObject[] k = new PyObject[n];
        for (int i = 0; i < n; i++) {
            k[i] = PyLong.of((i * 7919) % n);
        }
        k[n / 2] = PyUnicode.of("x");
        PyObject[] before = k.clone();
        assertThrows(PyException.class, () -> ListSort.sort(k, null, n));
        java.util.IdentityHashMap<PyObject, Integer> count = new java.util.IdentityHashMap<>();
        for (PyObject x : before) {
            count.merge(x, 1, Integer::sum);
        }
        for (PyObject x : k) {
            count.merge(x, -1, Integer::sum);
        }
        for (int c : count.values()) {
            assertEquals(0, c);
        }
    }
}
