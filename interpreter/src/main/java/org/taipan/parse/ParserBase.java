package org.taipan.parse;

import org.taipan.ast.Located;

/**
 * State and helpers shared by the grammar-area parsers: the token stream, the two-pass error
 * strategy (the {@code invalid_*} checks only run in the second pass, after a first pass failed,
 * so the fast path stays fast), the nesting limit, and building SyntaxErrors at CPython's
 * locations.
 */
abstract class ParserBase {
    /** CPython 3.11's parser gives up with MemoryError past this many nested rule calls. */
    static final int MAX_LEVEL = 6000;

    final TokenStream ts;
    final String filename;
    /** Added to line numbers by the tokenizer (f-string expressions); lineText wants unshifted. */
    final int lineOffset;
    /** True in the second pass, where the {@code invalid_*} rules report specific errors. */
    boolean invalidPass;
    /** True throughout the second pass, even where the invalid_* rules are switched off. */
    boolean secondPass;
    /** True when parsing an f-string replacement field: errors get CPython's "f-string: " prefix. */
    boolean fstringMode;
    /**
     * CPython's rule-call depth when a module-level expression starts being parsed; with it our
     * count gives up at the same nesting as CPython for unary operators, 'not', '**' and lambda.
     */
    static final int BASE_LEVEL = 31;

    /** Approximates CPython's count of nested rule calls (see {@link #MAX_LEVEL}). */
    int level = BASE_LEVEL;

    /** Added by the tokenizer to columns on the first line (f-string expressions). */
    int firstLineColOffset;

    ParserBase(Tokenizer tokenizer, String filename, int lineOffset) {
        this.ts = new TokenStream(tokenizer);
        this.filename = filename;
        this.lineOffset = lineOffset;
    }

    // ---- token helpers -------------------------------------------------------------------

    final boolean at(TokenType type) {
        return ts.type() == type;
    }

    /** Consumes the current token if it has {@code type}. */
    final boolean accept(TokenType type) {
        if (ts.type() == type) {
            ts.pos++;
            return true;
        }
        return false;
    }

    /** Consumes and returns the current token if it has {@code type}, else null. */
    final Token expect(TokenType type) {
        Token t = ts.peek();
        if (t.type == type) {
            ts.pos++;
            return t;
        }
        return null;
    }

    /** Consumes a TYPE_COMMENT token if there is one: its text, else null. */
    final String acceptTypeComment() {
        Token t = ts.peek();
        if (t.type == TokenType.TYPE_COMMENT) {
            ts.pos++;
            return t.text;
        }
        return null;
    }

    /** True if the current token is the soft keyword (a NAME) {@code word}. */
    final boolean atSoftKeyword(String word) {
        Token t = ts.peek();
        return t.type == TokenType.NAME && t.text.equals(word);
    }

    final void enter(int cost) {
        level += cost;
        if (level > MAX_LEVEL) {
            throw new ParseLimitException("MemoryError", "");
        }
    }

    final void leave(int cost) {
        level -= cost;
    }

    // ---- errors --------------------------------------------------------------------------

    /**
     * True when the source came from bytes (a file): CPython 3.11 then reports error offsets in
     * UTF-8 bytes, while for source given as a str it converts them to characters.
     */
    boolean byteOffsets;

    /**
     * True when parsing a script as {@code python3 FILE} does: CPython then takes an error's
     * text from the file itself (the physical line, with its newline, and a UTF-8 BOM kept on
     * line 1), converts columns over that text, and at end of input reports column 0.
     */
    boolean scriptMode;

    /** In {@link #scriptMode}: the file starts with a UTF-8 BOM. */
    boolean scriptHasBom;

    /** A SyntaxError spanning tokens {@code start}..{@code end} (CPython's KNOWN_LOCATION/RANGE). */
    final SyntaxErrorException errorAt(String type, String msg, Token start, Token end) {
        return raise(type, msg, start.lineno, column1(start, start.colOffset), end.endLineno,
                column1(end, end.endColOffset));
    }

    /** CPython's 1-based column of a token edge: tokens without a column (-1 there) give 0. */
    private int column1(Token t, int byteCol) {
        if (ts.hasNoColumn(t)) {
            return 0;
        }
        return byteCol + 1;
    }

    /** A SyntaxError spanning a node. */
    final SyntaxErrorException errorAt(String msg, Located node) {
        return raise("SyntaxError", msg, node.lineno, node.colOffset + 1, node.endLineno,
                node.endColOffset + 1);
    }

    /** A SyntaxError from node {@code a}'s start to node {@code b}'s end. */
    final SyntaxErrorException errorAt(String msg, Located a, Located b) {
        return raise("SyntaxError", msg, a.lineno, a.colOffset + 1, b.endLineno,
                b.endColOffset + 1);
    }

    /** A SyntaxError at 0-based byte columns. */
    final SyntaxErrorException errorAt(String type, String msg, int lineno, int byteCol,
                                       int endLineno, int endByteCol) {
        return raise(type, msg, lineno, byteCol + 1, endLineno, endByteCol + 1);
    }

    /**
     * An error without a location of its own (CPython's RAISE_SYNTAX_ERROR): placed at the last
     * token fetched; for a token without a column CPython uses the tokenizer's position instead,
     * which our tokenizer stores in the token's colOffset, with no +1 and no end column.
     */
    final SyntaxErrorException errorAtLastToken(String type, String msg) {
        Token t = ts.lastFetched();
        if (ts.hasNoColumn(t)) {
            // Running a file, CPython's read position is 0 once the whole file has been read.
            int col = scriptMode && t.start >= ts.tokenizer().sourceLength() ? 0 : t.colOffset;
            return raise(type, msg, t.lineno, col, t.lineno, -1);
        }
        return raise(type, msg, t.lineno, t.colOffset + 1, t.endLineno, t.endColOffset + 1);
    }

    /**
     * Builds the exception from CPython's 1-based byte columns: converted to characters of the
     * start line for str input (the end column too, with the start line, as CPython does).
     */
    final SyntaxErrorException raise(String type, String msg, int lineno, int col1,
                                     int endLineno, int endCol1) {
        if (fstringMode) {
            // CPython 3.11 reports f-string expression errors with the line shifted but the
            // columns those of the parenthesized expression text.
            if (lineno == lineOffset + 1 && col1 > 0) {
                col1 = Math.max(1, col1 - firstLineColOffset);
            }
            if (endLineno == lineOffset + 1 && endCol1 > 0) {
                endCol1 = Math.max(1, endCol1 - firstLineColOffset);
            }
        }
        String line = lineText(lineno);
        String text;
        if (scriptMode && line != null) {
            // Running a file, CPython reads the error's line back from the file.
            line = ts.tokenizer().physicalLine(lineno - lineOffset);
            if (lineno == 1 && scriptHasBom) {
                line = "\ufeff" + line;
            }
            text = line;
        } else {
            text = errorText(line, lineno);
        }
        int offset = col1;
        int endOffset = endCol1;
        if (!byteOffsets && line != null) {
            offset = col1 > 0 ? charColumn(line, col1) : col1;
            endOffset = endCol1 > 0 ? charColumn(line, endCol1) : endCol1;
        }
        if (fstringMode) {
            msg = "f-string: " + msg;
        }
        return new SyntaxErrorException(type, msg, filename, lineno, offset, text,
                endLineno, endOffset);
    }

    /**
     * The text CPython attaches: the line with its newline when it is the line the tokenizer is
     * on, else (CPython then fetches it from the source buffer) without the newline.
     */
    private String errorText(String line, int lineno) {
        if (line == null) {
            return null;
        }
        Token last = ts.lastFetched();
        if (last != null && lineno < last.endLineno) {
            return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        }
        // CPython's buffer for the current line starts where a backslash continuation began.
        String text = line;
        for (int n = lineno - 1; n >= 1; n--) {
            String previous = lineText(n);
            if (previous == null || !previous.endsWith("\\\n")) {
                break;
            }
            text = previous + text;
        }
        return text;
    }

    final String lineText(int lineno) {
        try {
            return ts.tokenizer().lineText(lineno - lineOffset);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * CPython's byte_offset_to_character_offset: the number of characters in the first
     * {@code byteCol} UTF-8 bytes of {@code line} (a partial character counts as one), with
     * {@code byteCol} clamped to the line's length + 1.
     */
    static int charColumn(String line, int byteCol) {
        int bytes = 0;
        int i = 0;
        int n = line.length();
        while (i < n && bytes < byteCol) {
            char c = line.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
            i++;
        }
        if (bytes < byteCol) {
            i += 1;
        }
        return i;
    }

    final void drainTokenizer() {
        ts.drain();
    }

    /** Index of the furthest token fetched in the first pass (CPython's generic error location). */
    int firstPassFill = -1;

    /** The generic error CPython raises when no invalid_* rule matched. */
    final SyntaxErrorException genericError() {
        Token last = firstPassFill > 0 ? ts.get(firstPassFill - 1) : ts.lastFetched();
        if (last == null) {
            return raise("SyntaxError", "error at start before reading any input", 1, 0, 1, 0);
        }
        if (last.type == TokenType.INDENT || last.type == TokenType.DEDENT) {
            // CPython's INDENT/DEDENT have no column: it reports where the tokenizer stands
            // (the tokenizer puts that in colOffset), without the usual +1 and no end column.
            return raise("IndentationError",
                    last.type == TokenType.INDENT ? "unexpected indent" : "unexpected unindent",
                    last.lineno, last.colOffset, last.lineno, -1);
        }
        // ENDMARKER has column -1 in CPython, which makes offset and end offset 0.
        return errorAt("SyntaxError", "invalid syntax", last, last);
    }
}
