package org.taipan.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Python's view of bad UTF-8 in source text that reached us with its bad bytes escaped (see
 * {@link SourceDecoder}: each byte that is not valid UTF-8 becomes the lone surrogate
 * U+DC80..U+DCFF). CPython decodes such text token by token and fails with messages like
 * {@code 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data}; this class
 * rebuilds the original bytes and finds that first error, with Python's ranges and reasons, and
 * decodes with Python's "replace" handler (one U+FFFD per bad range) for error texts.
 */
final class Utf8Errors {
    private Utf8Errors() {
    }

    /** Whether {@code c} stands for one undecodable source byte. */
    static boolean isEscapedByte(char c) {
        return c >= 0xDC80 && c <= 0xDCFF;
    }

    /** Whether {@code s[from, to)} holds an escaped byte. */
    static boolean hasEscapedByte(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isEscapedByte(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The source bytes {@code s[from, to)} came from: UTF-8, with escaped bytes restored. */
    static byte[] originalBytes(String s, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from + 8);
        int runStart = from;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isEscapedByte(c)) {
                byte[] run = s.substring(runStart, i).getBytes(StandardCharsets.UTF_8);
                out.write(run, 0, run.length);
                out.write(c & 0xFF);
                runStart = i + 1;
            }
        }
        byte[] run = s.substring(runStart, to).getBytes(StandardCharsets.UTF_8);
        out.write(run, 0, run.length);
        return out.toByteArray();
    }

    /**
     * Python's message for the first undecodable range of {@code b}, as in
     * {@code 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data}, or null
     * if {@code b} is valid UTF-8.
     */
    static String firstErrorMessage(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int end = badRangeEnd(b, i, b.length);
            if (end < 0) {
                i += sequenceLength(b[i] & 0xFF);
                continue;
            }
            String reason = reason(b, i, end);
            if (end - i == 1) {
                return String.format("'utf-8' codec can't decode byte 0x%02x in position %d: %s", b[i] & 0xFF, i, reason);
            }
            return String.format("'utf-8' codec can't decode bytes in position %d-%d: %s", i, end - 1, reason);
        }
        return null;
    }

    /** {@code b} decoded with one U+FFFD for each bad range, as Python's "replace" handler does. */
    static String decodeReplacing(byte[] b) {
        StringBuilder out = new StringBuilder(b.length);
        int i = 0;
        int runStart = 0;
        while (i < b.length) {
            int end = badRangeEnd(b, i, b.length);
            if (end < 0) {
                i += sequenceLength(b[i] & 0xFF);
                continue;
            }
            out.append(new String(b, runStart, i - runStart, StandardCharsets.UTF_8)).append('\uFFFD');
            i = end;
            runStart = end;
        }
        return out.append(new String(b, runStart, b.length - runStart, StandardCharsets.UTF_8)).toString();
    }

    private static int sequenceLength(int lead) {
        return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    }

    /**
     * If the sequence starting at {@code i} is bad, the end of the bad range Python reports
     * (the maximal valid prefix of a sequence, at least the lead byte); -1 if it is valid.
     */
    private static int badRangeEnd(byte[] b, int i, int n) {
        int lead = b[i] & 0xFF;
        if (lead < 0x80) {
            return -1;
        }
        if (lead < 0xC2 || lead > 0xF4) {
            return i + 1;
        }
        int need = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
        int lo = 0x80;
        int hi = 0xBF;
        if (lead == 0xE0) {
            lo = 0xA0;
        } else if (lead == 0xED) {
            hi = 0x9F;
        } else if (lead == 0xF0) {
            lo = 0x90;
        } else if (lead == 0xF4) {
            hi = 0x8F;
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= n) {
                return i + k;
            }
            int c = b[i + k] & 0xFF;
            if (c < lo || c > hi) {
                return i + k;
            }
            lo = 0x80;
            hi = 0xBF;
        }
        return -1;
    }

    private static String reason(byte[] b, int start, int end) {
        int lead = b[start] & 0xFF;
        if (lead < 0xC2 || lead > 0xF4) {
            return "invalid start byte";
        }
        return end >= b.length ? "unexpected end of data" : "invalid continuation byte";
    }
}
