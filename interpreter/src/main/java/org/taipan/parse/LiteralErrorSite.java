package org.taipan.parse;

import java.util.function.IntFunction;

/**
 * Builds the SyntaxErrors found while decoding a run of string tokens, at the places CPython 3.11
 * reports them. Most of them (bad escapes, f-string errors, mixing bytes and str) CPython raises
 * at the last token its parser has read, which is the token <em>after</em> the strings; a few
 * (non-ASCII in bytes) at the offending token itself.
 */
final class LiteralErrorSite {
    private final String filename;
    private final IntFunction<String> lines;
    private final Token following;
    private final Token last;
    private final boolean byteOffsets;

    /**
     * {@code following} is the token after the run of strings; when it is unknown (null) errors
     * are put just after {@code last}, which is where it usually is (a NEWLINE or operator).
     * {@code lines} gives a source line (with its newline) by number, for the error text; may be
     * null. {@code byteOffsets}: report UTF-8 byte offsets, as CPython does for a file without
     * an encoding declaration, instead of characters.
     */
    LiteralErrorSite(String filename, IntFunction<String> lines, Token following, Token last,
                     boolean byteOffsets) {
        this.byteOffsets = byteOffsets;
        this.filename = filename;
        this.lines = lines;
        this.following = following;
        this.last = last;
    }

    String filename() {
        return filename;
    }

    /** An error where CPython's RAISE_SYNTAX_ERROR puts it: at the token after the strings. */
    SyntaxErrorException afterStrings(String msg) {
        if (following != null) {
            return at(msg, following.lineno, following.colOffset, following.endLineno,
                    following.endColOffset);
        }
        return at(msg, last.endLineno, last.endColOffset, last.endLineno, last.endColOffset);
    }

    /** An error located at {@code token} itself. */
    SyntaxErrorException atToken(String msg, Token token) {
        return at(msg, token.lineno, token.colOffset, token.endLineno, token.endColOffset);
    }

    private SyntaxErrorException at(String msg, int lineno, int byteCol, int endLineno, int endByteCol) {
        String line = lines == null ? null : lines.apply(lineno);
        if (line != null && Utf8Errors.hasEscapedByte(line, 0, line.length())) {
            // CPython decodes the error's line with the "replace" handler (and converts offsets
            // to characters over that text when the file declares its encoding).
            line = Utf8Errors.decodeReplacing(Utf8Errors.originalBytes(line, 0, line.length()));
        }
        if (byteOffsets) {
            return new SyntaxErrorException(msg, filename, lineno, byteCol + 1, line, endLineno,
                    endByteCol + 1);
        }
        return new SyntaxErrorException(msg, filename, lineno, charOffset(line, byteCol + 1),
                line, endLineno, charOffset(line, endByteCol + 1));
    }

    /**
     * CPython's conversion of a 1-based UTF-8 byte offset into {@code line} to a count of code
     * points: the code points in the first {@code byteOffset} bytes, a cut character counting as
     * one, and one past the end of the line at most.
     */
    static int charOffset(String line, int byteOffset) {
        if (line == null) {
            return byteOffset;
        }
        int bytes = 0;
        int chars = 0;
        for (int i = 0; i < line.length() && bytes < byteOffset; ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            chars++;
        }
        return bytes < byteOffset ? chars + 1 : chars;
    }
}
