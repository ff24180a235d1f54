package org.taipan.parse;

/**
 * Turns the bytes of a source file into text as CPython does: a UTF-8 BOM, a PEP 263 coding
 * declaration on line 1 or 2, UTF-8 by default, and CPython's SyntaxErrors for bytes that do not
 * decode or a declaration that names an unknown encoding.
 */
public final class SourceDecoder {
    private SourceDecoder() {
    }

    public static String decode(byte[] data, String filename) {
        throw new UnsupportedOperationException("SourceDecoder: being written");
    }
}
