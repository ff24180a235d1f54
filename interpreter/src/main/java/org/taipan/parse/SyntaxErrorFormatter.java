package org.taipan.parse;

/**
 * Prints an uncaught syntax error exactly as CPython 3.11 does on stderr when running a file:
 * the location line, the offending source line without its indentation, a caret line, then
 * {@code SyntaxError: msg}. The rules reproduce CPython's printer, quirks included (learned by
 * experiment, see {@code tools/record_syntax_errors.py}): offsets are character counts but are
 * clipped against UTF-8 byte lengths, and IndentationError/TabError get a single caret.
 */
public final class SyntaxErrorFormatter {
    private static final String INDENT = "    ";

    private SyntaxErrorFormatter() {
    }

    /** The text CPython writes to stderr for this error, ending with a newline. */
    public static String format(SyntaxErrorException e) {
        StringBuilder out = new StringBuilder();
        String msg = e.msg == null ? "" : e.msg;
        if (e.lineno < 0) {
            // CPython cannot print a location without a line number and falls back to
            // str(exception), which names the file (its base name) but no line.
            if (e.filename != null) {
                msg = msg + " (" + baseName(e.filename) + ")";
            }
        } else {
            out.append("  File \"").append(e.filename == null ? "<string>" : e.filename)
                    .append("\", line ").append(e.lineno).append('\n');
            if (e.text != null) {
                appendSourceAndCarets(out, e);
            }
        }
        out.append(e.pythonType);
        if (!msg.isEmpty()) {
            out.append(": ").append(msg);
        }
        return out.append('\n').toString();
    }

    private static void appendSourceAndCarets(StringBuilder out, SyntaxErrorException e) {
        String text = e.text;
        int size = utf8Length(text, 0, text.length());
        // 0-based start and end of the caret run, in CPython's mixed units (see class comment).
        int start = e.offset - 1;
        int end = e.endOffset;
        if (e.endLineno > e.lineno) {
            end = size; // an error spanning lines is underlined to the end of its first line
        }
        if (end > size + 1) {
            end = size + 1;
        }
        end--;
        int from = 0;
        while (from < text.length() && isStrippedWhitespace(text.charAt(from))) {
            from++;
            start--;
            end--;
        }
        // The caret count is fixed here, before the start is clipped to the text below.
        int carets = end - start;
        // CPython prints the text as a C string: a NUL ends it (but not the size used above).
        int stop = text.indexOf('\0', from);
        if (stop < 0) {
            stop = text.length();
        }
        boolean endsWithNewline = stop > from && text.charAt(stop - 1) == '\n';
        int length = utf8Length(text, from, stop) - (endsWithNewline ? 1 : 0);
        if (start > length) {
            start = length;
        }
        // text may hold several lines (a multi-line statement): print from the line the start
        // falls on, and everything after it.
        while (true) {
            int newline = text.indexOf('\n', from);
            if (newline < 0 || newline >= stop) {
                break;
            }
            int before = utf8Length(text, from, newline);
            if (before >= start) {
                break;
            }
            int skipped = before + 1;
            from = newline + 1;
            start -= skipped;
        }
        out.append(INDENT).append(text, from, stop);
        if (!endsWithNewline) {
            out.append('\n');
        }
        if (start < 0) {
            return; // CPython prints no caret left of the text
        }
        if (carets < 1 || !e.pythonType.equals("SyntaxError")) {
            carets = 1;
        }
        out.append(INDENT);
        out.append(" ".repeat(start));
        out.append("^".repeat(carets)).append('\n');
    }

    /** CPython strips spaces, tabs and form feeds (not other whitespace) before printing. */
    private static boolean isStrippedWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    /** UTF-8 length of text[from, to), a lone surrogate counting 3 bytes. */
    private static int utf8Length(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static String baseName(String filename) {
        return filename.substring(filename.lastIndexOf('/') + 1);
    }
}
