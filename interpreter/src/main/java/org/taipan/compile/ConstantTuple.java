package org.taipan.compile;

import java.util.Arrays;

/** A tuple constant in {@link CodeData#consts}; items use the same representation as consts. */
public record ConstantTuple(Object[] items) {
    @Override
    public boolean equals(Object o) {
        return o instanceof ConstantTuple && Arrays.deepEquals(items, ((ConstantTuple) o).items);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(items);
    }
}
