package org.taipan.compile;

import java.util.Arrays;

/** A frozenset constant (CPython folds {@code x in {1, 2}} into one), items in insertion order. */
public record ConstantFrozenSet(Object[] items) {
    @Override
    public boolean equals(Object o) {
        return o instanceof ConstantFrozenSet && Arrays.deepEquals(items, ((ConstantFrozenSet) o).items);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(items);
    }
}
