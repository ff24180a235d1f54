package org.taipan.modules.json;

import org.taipan.objects.PyUnicode;

/**
 * JSON string literals both ways: {@link #scan} reads one (CPython's {@code scanstring}, with its
 * escape rules and error positions) and the {@code append*} methods write one
 * ({@code encode_basestring} and {@code encode_basestring_ascii}).
 */
final class JsonStrings {
    private JsonStrings() {
    }

    /**
     * The string whose contents start at char offset {@code begin} (just after the opening
     * quote) of {@code s}, the text of {@code doc}; {@code end[0]} receives the char offset
     * after the closing quote.
     */
    static PyUnicode scan(PyUnicode doc, char[] s, int begin, boolean strict, int[] end) {
        int len = s.length;
        StringBuilder out = null;
        int i = begin;
        int chunk = begin;
        while (true) {
            if (i >= len) {
                throw JsonScanner.error("Unterminated string starting at", doc, begin - 1);
            }
            char c = s[i];
            if (c == '"') {
                end[0] = i + 1;
                if (out == null) {
                    return PyUnicode.of(new String(s, begin, i - begin));
                }
                out.append(s, chunk, i - chunk);
                return PyUnicode.of(out.toString());
            }
            if (c < 0x20 && strict) {
                throw JsonScanner.error("Invalid control character at", doc, i);
            }
            if (c != '\\') {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder();
            }
            out.append(s, chunk, i - chunk);
            int backslash = i;
            i++;
            if (i >= len) {
                throw JsonScanner.error("Unterminated string starting at", doc, begin - 1);
            }
            c = s[i];
            if (c != 'u') {
                char r;
                switch (c) {
                    case '"': r = '"'; break;
                    case '\\': r = '\\'; break;
                    case '/': r = '/'; break;
                    case 'b': r = '\b'; break;
                    case 'f': r = '\f'; break;
                    case 'n': r = '\n'; break;
                    case 'r': r = '\r'; break;
                    case 't': r = '\t'; break;
                    default:
                        throw JsonScanner.error("Invalid \\escape", doc, backslash);
                }
                out.append(r);
                i++;
                chunk = i;
                continue;
            }
            // \\uXXXX needs its four digits and at least one more character after them
            int u = i;
            if (u + 5 >= len) {
                throw JsonScanner.error("Invalid \\uXXXX escape", doc, u);
            }
            int cp = hex4(s, u + 1);
            if (cp < 0) {
                throw JsonScanner.error("Invalid \\uXXXX escape", doc, u);
            }
            i = u + 5;
            if (Character.isHighSurrogate((char) cp) && i + 6 < len
                    && s[i] == '\\' && s[i + 1] == 'u') {
                int low = hex4(s, i + 2);
                if (low < 0) {
                    throw JsonScanner.error("Invalid \\uXXXX escape", doc, i + 1);
                }
                if (Character.isLowSurrogate((char) low)) {
                    out.append((char) cp).append((char) low);
                    i += 6;
                    chunk = i;
                    continue;
                }
            }
            out.append((char) cp);
            chunk = i;
        }
    }

    private static int hex4(char[] s, int at) {
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = Character.digit(s[at + k], 16);
            if (d < 0 || s[at + k] > 'f') {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static void appendU(StringBuilder out, char c) {
        out.append("\\u").append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15])
                .append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
    }

    private static boolean appendShort(StringBuilder out, char c) {
        switch (c) {
            case '"': out.append("\\\""); return true;
            case '\\': out.append("\\\\"); return true;
            case '\n': out.append("\\n"); return true;
            case '\r': out.append("\\r"); return true;
            case '\t': out.append("\\t"); return true;
            case '\b': out.append("\\b"); return true;
            case '\f': out.append("\\f"); return true;
            default: return false;
        }
    }

    /** {@code encode_basestring_ascii}: every non-ASCII char as \\uXXXX (surrogate pairs for astral). */
    static void appendAscii(StringBuilder out, String s) {
        out.append('"');
        int n = s.length();
        int chunk = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                continue;
            }
            out.append(s, chunk, i);
            if (!appendShort(out, c)) {
                appendU(out, c);
            }
            chunk = i + 1;
        }
        out.append(s, chunk, n).append('"');
    }

    /** {@code encode_basestring}: only quotes, backslashes and control characters escaped. */
    static void appendUnicode(StringBuilder out, String s) {
        out.append('"');
        int n = s.length();
        int chunk = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(s, chunk, i);
            if (!appendShort(out, c)) {
                appendU(out, c);
            }
            chunk = i + 1;
        }
        out.append(s, chunk, n).append('"');
    }
}
