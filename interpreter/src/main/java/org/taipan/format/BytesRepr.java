package org.taipan.format;

/**
 * Python's {@code repr(bytes)}: {@code b'...'} with the same quote choice as for str, backslash,
 * the quote, tab, newline and carriage return escaped by letter, other bytes below 0x20 or from
 * 0x7f up as {@code \xhh} (lowercase hex), the rest as ASCII.
 */
public final class BytesRepr {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private BytesRepr() {
    }

    /** {@code repr(bytes(b))}. */
    public static String repr(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            if (x == '\'') {
                hasSingle = true;
            } else if (x == '"') {
                hasDouble = true;
            }
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(b.length + 3);
        out.append('b').append(quote);
        for (byte x : b) {
            int v = x & 0xff;
            if (v == quote || v == '\\') {
                out.append('\\').append((char) v);
            } else if (v == '\t') {
                out.append("\\t");
            } else if (v == '\n') {
                out.append("\\n");
            } else if (v == '\r') {
                out.append("\\r");
            } else if (v < 0x20 || v >= 0x7f) {
                out.append("\\x").append(HEX[v >> 4]).append(HEX[v & 0xf]);
            } else {
                out.append((char) v);
            }
        }
        return out.append(quote).toString();
    }
}
