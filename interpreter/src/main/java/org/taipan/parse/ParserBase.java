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
    /** True when parsing an f-string replacement field: errors get CPython's "f-string: " prefix. */
    boolean fstringMode;
    /**
     * CPython's rule-call depth when a module-level expression starts being parsed; with it our
     * count gives up at the same nesting as CPython for unary operators, 'not', '**' and lambda.
     */
    static final int BASE_LEVEL = 31;

    /** Approximates CPython's count of nested rule calls (see {@link #MAX_LEVEL}). */
    int level = BASE_LEVEL;

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

    /** A SyntaxError spanning tokens {@code start}..{@code end}. */
    final SyntaxErrorException errorAt(String type, String msg, Token start, Token end) {
        return errorAt(type, msg, start.lineno, start.colOffset, end.endLineno, end.endColOffset);
    }

    /** A SyntaxError spanning a node. */
    final SyntaxErrorException errorAt(String msg, Located node) {
        return errorAt("SyntaxError", msg, node.lineno, node.colOffset, node.endLineno,
                node.endColOffset);
    }

    /** A SyntaxError from node {@code a}'s start to node {@code b}'s end. */
    final SyntaxErrorException errorAt(String msg, Located a, Located b) {
        return errorAt("SyntaxError", msg, a.lineno, a.colOffset, b.endLineno, b.endColOffset);
    }

    /**
     * A SyntaxError at byte columns, converted to CPython's 1-based character offsets (CPython
     * converts the end column with the start line's text too).
     */
    final SyntaxErrorException errorAt(String type, String msg, int lineno, int byteCol,
                                       int endLineno, int endByteCol) {
        String text = lineText(lineno);
        int offset = text == null ? byteCol + 1 : charColumn(text, byteCol) + 1;
        int endOffset;
        if (endByteCol < 0) {
            endOffset = -1;
        } else {
            endOffset = text == null ? endByteCol + 1 : charColumn(text, endByteCol) + 1;
        }
        if (fstringMode) {
            msg = "f-string: " + msg;
        }
        return new SyntaxErrorException(type, msg, filename, lineno, offset, text, endLineno,
                endOffset);
    }

    final String lineText(int lineno) {
        try {
            return ts.tokenizer().lineText(lineno - lineOffset);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Number of chars in the first {@code byteCol} UTF-8 bytes of {@code line}. */
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
            i += byteCol - bytes;
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
            return errorAt("SyntaxError", "error at start before reading any input", 1, 0, 1, 0);
        }
        String msg;
        switch (last.type) {
            case INDENT:
            case DEDENT: {
                // CPython's INDENT/DEDENT have no column: it reports where the tokenizer stands
                // (the tokenizer puts that in colOffset), without the usual +1 and no end column.
                String text = lineText(last.lineno);
                int col = text == null ? last.colOffset : charColumn(text, last.colOffset);
                msg = last.type == TokenType.INDENT ? "unexpected indent" : "unexpected unindent";
                if (fstringMode) {
                    msg = "f-string: " + msg;
                }
                return new SyntaxErrorException("IndentationError", msg, filename, last.lineno,
                        col, text, last.lineno, -1);
            }
            case ENDMARKER: {
                // ENDMARKER's column is -1 in CPython, which makes offset and end offset 0.
                msg = fstringMode ? "f-string: invalid syntax" : "invalid syntax";
                return new SyntaxErrorException("SyntaxError", msg, filename, last.lineno, 0,
                        lineText(last.lineno), last.lineno, 0);
            }
            default:
                return errorAt("SyntaxError", "invalid syntax", last, last);
        }
    }
}
