package org.taipan.ast;

import java.util.Arrays;

/** The value of a bytes constant in the AST (a {@code Constant} whose Python value is bytes). */
public final class BytesLiteral {
    private final byte[] bytes;

    public BytesLiteral(byte[] bytes) {
        this.bytes = bytes;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    public byte byteAt(int i) {
        return bytes[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BytesLiteral && Arrays.equals(bytes, ((BytesLiteral) o).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
