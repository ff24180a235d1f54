package org.taipan.parse;

/**
 * Reports bytes of a string literal that are not valid UTF-8, as CPython does when it decodes
 * the literal. {@link SourceDecoder} leaves such bytes in the text as U+DC80..U+DCFF (one char per
 * byte, like Python's surrogateescape) because CPython only complains once a literal or name
 * containing them is decoded; this rebuilds the bytes of the piece CPython decodes in one go and
 * gives CPython's UnicodeDecodeError text for its first bad sequence.
 */
final class BadSourceBytes {
    private BadSourceBytes() {
    }

    /** Whether {@code s[from:to]} holds a byte that SourceDecoder could not decode. */
    static boolean present(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0xDC80 && c <= 0xDCFF) {
                return true;
            }
        }
        return false;
    }

    /**
     * The error for a piece decoded as a whole (a literal without escapes, a raw literal, or an
     * f-string's raw literal part), or null if the piece is valid.
     */
    static String errorInWhole(String s, int from, int to) {
        return present(s, from, to) ? firstError(s, from, to) : null;
    }

    /**
     * The error for a piece with escapes: CPython decodes each run of non-ASCII bytes separately,
     * so the position counts from the start of the run holding the first bad byte.
     */
    static String errorInRuns(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0xDC80 && c <= 0xDCFF) {
                int start = i;
                while (start > from && s.charAt(start - 1) >= 0x80) {
                    start--;
                }
                int end = i;
                while (end < to && s.charAt(end) >= 0x80) {
                    end++;
                }
                return firstError(s, start, end);
            }
        }
        return null;
    }

    private static String firstError(String s, int from, int to) {
        byte[] bytes = originalBytes(s, from, to);
        int n = bytes.length;
        int i = 0;
        while (i < n) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            if (b < 0xC2 || b > 0xF4) {
                return message(bytes, i, i + 1, "invalid start byte");
            }
            int continuations = b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
            // The second byte's range is narrower after E0, ED, F0 and F4 (no overlongs,
            // surrogates or values past U+10FFFF).
            int low = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
            int high = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
            for (int k = 1; k <= continuations; k++) {
                if (i + k >= n) {
                    return message(bytes, i, n, "unexpected end of data");
                }
                int c = bytes[i + k] & 0xFF;
                if (k == 1 ? c < low || c > high : c < 0x80 || c > 0xBF) {
                    return message(bytes, i, i + k, "invalid continuation byte");
                }
            }
            i += continuations + 1;
        }
        return null;
    }

    private static byte[] originalBytes(String s, int from, int to) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(to - from);
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0xDC80 && cp <= 0xDCFF) {
                out.write(cp & 0xFF);
            } else if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xC0 | cp >> 6);
                out.write(0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                out.write(0xE0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            } else {
                out.write(0xF0 | cp >> 18);
                out.write(0x80 | cp >> 12 & 0x3F);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            }
        }
        return out.toByteArray();
    }

    private static String message(byte[] bytes, int start, int end, String reason) {
        String where = end - start == 1
                ? String.format("byte 0x%02x in position %d", bytes[start] & 0xFF, start)
                : "bytes in position " + start + "-" + (end - 1);
        return "(unicode error) 'utf-8' codec can't decode " + where + ": " + reason;
    }
}
