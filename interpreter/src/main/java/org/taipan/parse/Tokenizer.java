package org.taipan.parse;

import java.text.Normalizer;

/**
 * Splits decoded Python source into {@link Token}s on demand, as CPython's tokenizer does:
 * indentation (INDENT/DEDENT with CPython's tab rules), implicit and explicit line joining,
 * NEWLINE suppression inside brackets, every literal form, and CPython's tokenizer errors.
 * Tokens are produced lazily so that an error late in a file is only reported if the parser
 * gets that far, like CPython.
 *
 * <p>Positions are those of CPython 3.11's C tokenizer (what {@code _tokenize.TokenizerIter}
 * reports; {@code tools/record_tokens.py} records them for the golden test), with these
 * conventions for the tokens that have no text:
 * <ul>
 * <li>NEWLINE is zero-width at the line break (for a last line without one, at its end), except
 * that after a comment it starts at the comment, as in CPython.</li>
 * <li>INDENT, DEDENT and ENDMARKER: CPython's parser sees column -1 for them and, when it reports
 * an error at one, uses the tokenizer's read position instead ({@code cur - line_start}, in
 * bytes, <em>without</em> the usual +1). That position is what we put in {@code colOffset} and
 * {@code endColOffset}: the first non-blank byte of the line for INDENT/DEDENT, and at end of
 * file the byte length of the last line including its (possibly implicit) newline, on that last
 * line. So a parser error at such a token has offset = characters in the first
 * {@code colOffset} bytes of the line, not that plus one. Example: {@code "if x:\n"} ends with
 * ENDMARKER at line 1, column 6, where {@code compile()} reports "expected an indented block".</li>
 * </ul>
 * Carriage returns ({@code \r\n} or a lone {@code \r}) are line breaks, as CPython translates them
 * to {@code \n} before tokenizing; the text of a STRING token spanning lines has them translated.
 *
 * <p>Errors carry what {@code compile(source, filename, "exec")} reports for a str (running a file
 * differs in small ways: at end of file CPython then reports column 0, and shows lines as read
 * from the file). Some of them CPython's parser rather than its tokenizer reports, which matters
 * for its error recovery: see {@link #isParserReported} and {@link #unclosedBracketError}.
 */
public final class Tokenizer {
    /** CPython's MAXINDENT: the indentation stack holds at most this many levels. */
    private static final int MAX_INDENT = 100;
    /** CPython's MAXLEVEL: bracket nesting limit. */
    private static final int MAX_LEVEL = 200;
    private static final int EOF = -1;

    private final String source;
    private final String filename;
    private final int length;
    private final int lineOffset;
    private final int firstLineColOffset;

    /** Next char to read. */
    private int pos;
    /** Line of {@code pos}, 1-based and unshifted, and the index where that line starts. */
    private int lineno = 1;
    private int lineStart;
    /** Start of the previous line and where its line break begins (for end-of-file positions). */
    private int prevLineStart;
    private int prevLineBreak = -1;

    private boolean atLineStart = true;
    /**
     * Where CPython's line buffer starts: lines joined to it by a backslash or inside a string
     * stay in the buffer, and some errors count their offset from here and show it all.
     */
    private int bufferStart;
    /** The current line holds only blanks and/or a comment: its line break is not a NEWLINE. */
    private boolean blankLine;
    /** Report {@code # type:} comments as TYPE_COMMENT tokens and collect type: ignores. */
    private boolean typeComments;
    /** The {@code # type: ignore} comments seen: line number and the text after "ignore". */
    private final java.util.List<org.taipan.ast.TypeIgnore> typeIgnores = new java.util.ArrayList<>();

    private final int[] indents = new int[MAX_INDENT];
    /** Indentation measured with tab size 1, for CPython's tab consistency check. */
    private final int[] altIndents = new int[MAX_INDENT];
    private int indentLevel;
    private int pendingIndents;
    private int pendingDedents;

    private final char[] parenChars = new char[MAX_LEVEL];
    private final int[] parenLines = new int[MAX_LEVEL];
    private final int[] parenPositions = new int[MAX_LEVEL];
    private final int[] parenLineStarts = new int[MAX_LEVEL];
    private int level;

    private Token endMarker;
    /** The last error thrown that CPython's parser, not its tokenizer, reports. */
    private SyntaxErrorException parserReported;
    /**
     * compile() turns a final "\r\n" into "\n\n" (its newline translation then appends a newline
     * it thinks is missing), so CPython sees one more, empty, line at the end.
     */
    private final boolean endsWithCrLf;
    /** A NEWLINE is due for that extra line after a backslash continuation at the very end. */
    private boolean extraLineNewline;

    /** Incremental UTF-8 column cache: {@code cacheBytes} bytes from {@code cacheLineStart} to {@code cachePos}. */
    private int cacheLineStart = -1;
    private int cachePos;
    private int cacheBytes;

    /** Start index of every line, built on the first {@link #lineText} call. */
    private int[] lineStarts;
    private int lineCount;

    public Tokenizer(String source, String filename) {
        this(source, filename, 0, 0);
    }

    /**
     * A tokenizer whose positions are shifted: every line number by {@code lineOffset}, and columns
     * on the first line by {@code firstLineColOffset} (used to parse f-string expressions in place).
     * As in CPython, a token's columns are shifted when it ends on the first line (a string running
     * from the first line onto the next keeps both columns unshifted). Error line numbers are
     * shifted too; {@link #lineText} keeps the unshifted numbering.
     */
    public Tokenizer(String source, String filename, int lineOffset, int firstLineColOffset) {
        this.source = source;
        this.filename = filename;
        this.length = source.length();
        this.lineOffset = lineOffset;
        this.firstLineColOffset = firstLineColOffset;
        this.endsWithCrLf = source.endsWith("\r\n");
        if (source.indexOf('\0') >= 0) {
            // compile() of a str refuses NUL up front, without a location.
            throw new SyntaxErrorException("source code string cannot contain null bytes", null,
                    SyntaxErrorException.NO_LINENO, 0, null, 0, 0);
        }
    }

    /** The next token; ENDMARKER repeats at the end. */
    public Token next() {
        if (endMarker != null) {
            return endMarker;
        }
        while (true) {
            if (pendingDedents > 0) {
                pendingDedents--;
                return indentationToken(TokenType.DEDENT);
            }
            if (pendingIndents > 0) {
                pendingIndents--;
                return indentationToken(TokenType.INDENT);
            }
            if (atLineStart) {
                atLineStart = false;
                measureIndentation();
                if (pendingDedents > 0 || pendingIndents > 0) {
                    continue;
                }
            }
            // Skip blanks between tokens.
            int c = charAt(pos);
            while (c == ' ' || c == '\t' || c == '\f') {
                c = charAt(++pos);
            }
            int commentStart = -1;
            if (c == '#') {
                commentStart = pos;
                while (c != EOF && c != '\n' && c != '\r') {
                    c = charAt(++pos);
                }
                if (typeComments) {
                    Token typeComment = typeComment(commentStart, pos);
                    if (typeComment != null) {
                        return typeComment;
                    }
                }
            }
            if (c == EOF) {
                Token t = endOfFile(commentStart);
                if (t != null) {
                    return t;
                }
                continue;
            }
            int start = pos;
            if (c == '\n' || c == '\r') {
                consumeLineBreak(c);
                if (pos < length) {
                    // CPython starts a new buffer when it reads the next line, if there is one.
                    bufferStart = lineStart;
                }
                atLineStart = true;
                if (blankLine || level > 0) {
                    continue;
                }
                // CPython starts a NEWLINE at the comment before it, if any.
                int from = commentStart >= 0 ? commentStart : start;
                String text = commentStart >= 0 ? source.substring(commentStart, start) : "";
                int line = lineno - 1;
                return new Token(TokenType.NEWLINE, text, shiftLine(line),
                        shiftCol(line, byteCol(prevLineStart, from)), shiftLine(line),
                        shiftCol(line, byteCol(prevLineStart, start)), from, start);
            }
            if (c < 128) {
                if (isAsciiIdentifierStart(c)) {
                    return nameOrString(start);
                }
                if (c >= '0' && c <= '9') {
                    return number(start);
                }
                if (c == '"' || c == '\'') {
                    return string(start, start);
                }
                if (c == '\\') {
                    lineContinuation();
                    continue;
                }
                return operator(start, c);
            }
            return nameOrString(start);
        }
    }

    /** Asks for TYPE_COMMENT tokens and the collection of type: ignore comments. */
    public void enableTypeComments() {
        typeComments = true;
    }

    /** The {@code # type: ignore} comments read so far, in order. */
    public java.util.List<org.taipan.ast.TypeIgnore> typeIgnores() {
        return typeIgnores;
    }

    /**
     * For the comment source[start, end): a TYPE_COMMENT token if it is {@code #}, blanks,
     * {@code type:}, blanks, then the type (a comment on a line of its own then ends a logical
     * line, so that a def's type comment can stand under it); null for other comments and for
     * {@code type: ignore} ones, which are recorded instead ("ignore" not followed by a letter
     * or digit; the rest of the comment is the tag).
     */
    private Token typeComment(int start, int end) {
        int i = start + 1;
        while (i < end && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
            i++;
        }
        if (!source.startsWith("type:", i) || i + 5 > end) {
            return null;
        }
        i += 5;
        while (i < end && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
            i++;
        }
        if (source.startsWith("ignore", i) && i + 6 <= end) {
            int after = i + 6;
            char next = after < end ? source.charAt(after) : ' ';
            if (!(next >= 128 || Character.isLetterOrDigit(next))) {
                typeIgnores.add(new org.taipan.ast.TypeIgnore(shiftLine(lineno),
                        source.substring(after, end)));
                return null;
            }
        }
        blankLine = false;
        return new Token(TokenType.TYPE_COMMENT, source.substring(i, end), shiftLine(lineno),
                shiftCol(lineno, byteCol(lineStart, i)), shiftLine(lineno),
                shiftCol(lineno, byteCol(lineStart, end)), i, end);
    }

    /**
     * Whether {@code e}, thrown by {@link #next}, is an error CPython's tokenizer only signals (with
     * an error token) and its parser then reports: unexpected EOF, an unclosed bracket at the end,
     * a bad dedent, inconsistent tabs, too deep indentation, a bad line continuation. The others
     * are raised by CPython's tokenizer itself, so they also replace a generic "invalid syntax"
     * when CPython tokenizes the rest of the file after one; these do not.
     */
    public boolean isParserReported(SyntaxErrorException e) {
        return e != null && e == parserReported;
    }

    /**
     * CPython's "'(' was never closed" for the innermost bracket still open at the current
     * position, or null when none is. (After a generic syntax error, CPython reports this instead
     * when tokenizing the rest of the file ends in an error and that bracket was opened on an
     * earlier line than the syntax error.)
     */
    public SyntaxErrorException unclosedBracketError() {
        return level == 0 ? null : neverClosed();
    }

    /** Source line {@code lineno} (1-based, unshifted numbering) with its newline, or null. */
    /**
     * Line {@code lineno} as it stands in the source: with its newline ("\n"), except a last
     * line without one; null if there is no such line.
     */
    String physicalLine(int lineno) {
        String line = lineText(lineno);
        if (line != null && lineEnd(lineStarts[lineno - 1]) >= length) {
            return line.substring(0, line.length() - 1);
        }
        return line;
    }

    /** Length of the source in chars: tokens made at end of input start there. */
    int sourceLength() {
        return length;
    }

    public String lineText(int lineno) {
        if (lineStarts == null) {
            indexLines();
        }
        if (lineno < 1 || lineno > lineCount) {
            return null;
        }
        return lineWithNewline(lineStarts[lineno - 1]);
    }

    // ---------------------------------------------------------------- indentation and lines

    /** At the start of a line: measures its indentation and queues INDENT/DEDENT tokens. */
    private void measureIndentation() {
        int col = 0;
        int altCol = 0;
        // Indentation cannot be split by backslashes: the column of the first one decides.
        int continuationCol = 0;
        int c = charAt(pos);
        while (true) {
            if (c == '\\') {
                continuationCol = continuationCol != 0 ? continuationCol : col;
                lineContinuation();
                bufferStart = lineStart;
                // After a final "\r\n" the extra empty line is a blank line here.
                extraLineNewline = false;
                c = charAt(pos);
                continue;
            }
            if (c == ' ') {
                col++;
                altCol++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                altCol++;
            } else if (c == '\f') {
                // A form feed resets the column count, as in CPython.
                col = 0;
                altCol = 0;
            } else {
                break;
            }
            c = charAt(++pos);
        }
        boolean atEnd = c == EOF;
        // At the end of file no NEWLINE is due, but the end acts as a line at column 0 (CPython
        // appends a missing final newline, so trailing blanks form a blank line of their own).
        blankLine = atEnd || c == '#' || c == '\n' || c == '\r';
        if (atEnd) {
            col = 0;
            altCol = 0;
        }
        if ((blankLine && !atEnd) || level > 0) {
            return;
        }
        if (continuationCol != 0 && !atEnd) {
            col = continuationCol;
            altCol = continuationCol;
        }
        if (col == indents[indentLevel]) {
            if (altCol != altIndents[indentLevel]) {
                throw tabError();
            }
        } else if (col > indents[indentLevel]) {
            if (indentLevel + 1 >= MAX_INDENT) {
                throw indentationError("too many levels of indentation", 1, 0);
            }
            if (altCol <= altIndents[indentLevel]) {
                throw tabError();
            }
            indentLevel++;
            indents[indentLevel] = col;
            altIndents[indentLevel] = altCol;
            pendingIndents++;
        } else {
            while (indentLevel > 0 && col < indents[indentLevel]) {
                indentLevel--;
                pendingDedents++;
            }
            if (col != indents[indentLevel]) {
                // CPython reports this with its read position at the end of the line.
                throw indentationError("unindent does not match any outer indentation level",
                        source.codePointCount(lineStart, lineEnd(lineStart)) + 1, -1);
            }
            if (altCol != altIndents[indentLevel]) {
                throw tabError();
            }
        }
    }

    private Token indentationToken(TokenType type) {
        if (pos >= length) {
            return endOfFileToken(type);
        }
        int col = shiftCol(lineno, byteCol(lineStart, pos));
        return new Token(type, "", shiftLine(lineno), col, shiftLine(lineno), col, pos, pos);
    }

    /** At end of input: the implicit NEWLINE, pending DEDENTs, ENDMARKER, or an EOF error. */
    private Token endOfFile(int commentStart) {
        if (level > 0) {
            throw parserReported(neverClosed());
        }
        if (extraLineNewline) {
            extraLineNewline = false;
            atLineStart = true;
            return new Token(TokenType.NEWLINE, "", shiftLine(lineno), shiftCol(lineno, 0), shiftLine(lineno),
                    shiftCol(lineno, 0), pos, pos);
        }
        if (!blankLine && lineStart < length) {
            // The last line has no line break: CPython adds one, which ends the logical line.
            atLineStart = true;
            int from = commentStart >= 0 ? commentStart : pos;
            return new Token(TokenType.NEWLINE, source.substring(from, pos), shiftLine(lineno),
                    shiftCol(lineno, byteCol(lineStart, from)), shiftLine(lineno),
                    shiftCol(lineno, byteCol(lineStart, pos)), from, pos);
        }
        if (indentLevel > 0) {
            pendingDedents += indentLevel;
            indentLevel = 0;
            return null;
        }
        endMarker = endOfFileToken(TokenType.ENDMARKER);
        return endMarker;
    }

    /** A DEDENT or ENDMARKER at end of file, placed where CPython's read position is then. */
    private Token endOfFileToken(TokenType type) {
        int line = endLine();
        int col;
        if (lineStart < length) {
            col = byteCol(lineStart, length) + 1;
        } else if (endsWithCrLf) {
            col = 1;
        } else if (length == 0) {
            col = 0;
        } else {
            col = byteCol(prevLineStart, prevLineBreak) + 1;
        }
        col = shiftCol(line, col);
        return new Token(type, "", shiftLine(line), col, shiftLine(line), col, length, length);
    }

    /**
     * CPython's line number once the input is exhausted: the last line (counting the newline it
     * adds to a last line without one), or the extra empty line after a final "\r\n".
     */
    private int endLine() {
        if (lineStart < length || endsWithCrLf) {
            return lineno;
        }
        return lineno - 1;
    }

    /** Consumes a line break ({@code c} is its first char) and moves to the next line. */
    private void consumeLineBreak(int c) {
        prevLineBreak = pos;
        pos++;
        if (c == '\r' && charAt(pos) == '\n') {
            pos++;
        }
        prevLineStart = lineStart;
        lineno++;
        lineStart = pos;
    }

    /** A backslash outside a string: it must be followed by a line break, which it joins. */
    private void lineContinuation() {
        pos++;
        int c = charAt(pos);
        if (c != '\n' && c != '\r') {
            if (c == EOF) {
                // CPython sees the newline it appends to the last line, then the end of file.
                throw parserReported(level > 0 ? neverClosed() : unexpectedEof());
            }
            // CPython points at the character after the backslash, counting from its buffer start.
            int offset = translatedLength(bufferStart, pos) + 1;
            throw parserReported(error("SyntaxError", "unexpected character after line continuation character",
                    lineno, offset, bufferText(), lineno, 0));
        }
        int backslashLineStart = lineStart;
        consumeLineBreak(c);
        if (pos >= length) {
            if (level > 0) {
                throw parserReported(neverClosed());
            }
            if (endsWithCrLf) {
                // The extra empty line follows: it ends the logical line.
                extraLineNewline = true;
                return;
            }
            lineStart = backslashLineStart;
            lineno--;
            throw parserReported(unexpectedEof());
        }
    }

    private SyntaxErrorException unexpectedEof() {
        // CPython's offset is the byte length of the current line, read as characters of its buffer.
        String text = bufferText();
        int bytes = byteCol(lineStart, lineEnd(lineStart)) + 1;
        return error("SyntaxError", "unexpected EOF while parsing", lineno, charsInBytes(text, bytes),
                text, lineno, -1);
    }

    private SyntaxErrorException neverClosed() {
        int i = level - 1;
        int line = parenLines[i];
        int ls = parenLineStarts[i];
        // CPython takes the line from its current buffer (with newline) when the bracket is on the
        // line being read, else from the source string (without).
        boolean current = line == (pos >= length ? endLine() : lineno);
        String text = current ? bufferText() : source.substring(ls, lineEnd(ls));
        // The bracket's byte column is read as characters of that text (of the whole buffer).
        int offset = charsInBytes(text, byteCol(ls, parenPositions[i]) + 1);
        return error("SyntaxError", "'" + parenChars[i] + "' was never closed", line, offset, text, line, 0);
    }

    private SyntaxErrorException parserReported(SyntaxErrorException e) {
        parserReported = e;
        return e;
    }

    private SyntaxErrorException tabError() {
        return parserReported(error("TabError", "inconsistent use of tabs and spaces in indentation", lineno, 1,
                lineWithNewline(lineStart), lineno, 0));
    }

    private SyntaxErrorException indentationError(String msg, int offset, int endOffset) {
        return parserReported(error("IndentationError", msg, lineno, offset, lineWithNewline(lineStart), lineno,
                endOffset));
    }

    // ---------------------------------------------------------------- names and strings

    /** A name, or a string literal if the name is a valid prefix directly followed by a quote. */
    private Token nameOrString(int start) {
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        int c = charAt(pos);
        while (true) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = charAt(++pos);
            if (c == '"' || c == '\'') {
                return string(start, pos);
            }
        }
        boolean nonAscii = false;
        while (c != EOF) {
            if (c < 128) {
                if (!isAsciiIdentifierChar(c)) {
                    break;
                }
            } else {
                nonAscii = true;
            }
            c = charAt(++pos);
        }
        int startCol = byteCol(lineStart, start);
        int endCol = byteCol(lineStart, pos);
        if (nonAscii) {
            String raw = source.substring(start, pos);
            if (Utf8Errors.hasEscapedByte(source, start, pos)) {
                throw undecodableName(start);
            }
            checkIdentifier(raw, start);
            String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
            return token(TokenType.NAME, text, startCol, endCol, start);
        }
        TokenType keyword = Keywords.lookup(source, start, pos);
        if (keyword != null) {
            return token(keyword, keyword.text, startCol, endCol, start);
        }
        return token(TokenType.NAME, source.substring(start, pos), startCol, endCol, start);
    }

    /**
     * A name holding bytes that are not UTF-8 (they reach us escaped, see {@link SourceDecoder}):
     * CPython fails to decode the name and reports where the name ends, in bytes.
     */
    private SyntaxErrorException undecodableName(int start) {
        String msg = "(unicode error) " + Utf8Errors.firstErrorMessage(Utf8Errors.originalBytes(source, start, pos));
        int offset = Utf8Errors.originalBytes(source, lineStart, pos).length;
        String text = Utf8Errors.decodeReplacing(Utf8Errors.originalBytes(source, lineStart, lineEnd(lineStart))) + "\n";
        return error("SyntaxError", msg, lineno, offset, text, lineno, -1);
    }

    /** CPython checks a name with non-ASCII characters against XID_Start/XID_Continue. */
    private void checkIdentifier(String raw, int start) {
        int i = 0;
        boolean first = true;
        while (i < raw.length()) {
            int cp = raw.codePointAt(i);
            boolean ok = first ? (cp == '_' || CharClass.isXidStart(cp)) : CharClass.isXidContinue(cp);
            if (!ok) {
                int after = start + i + Character.charCount(cp);
                int offset = source.codePointCount(lineStart, after);
                String msg = CharClass.isPrintable(cp)
                        ? "invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex(cp) + ")"
                        : "invalid non-printable character U+" + hex(cp);
                throw tokenizerError(msg, offset, offset);
            }
            first = false;
            i += Character.charCount(cp);
        }
    }

    private static String hex(int cp) {
        String h = Integer.toHexString(cp).toUpperCase();
        return h.length() >= 4 ? h : "0000".substring(h.length()) + h;
    }

    /** A string literal whose prefix starts at {@code start} and opening quote is at {@code quotePos}. */
    private Token string(int start, int quotePos) {
        int firstLine = lineno;
        int firstLineStart = lineStart;
        int startCol = byteCol(lineStart, start);
        char quote = source.charAt(quotePos);
        pos = quotePos + 1;
        int quoteSize = 1;
        if (charAt(pos) == quote) {
            if (charAt(pos + 1) == quote) {
                quoteSize = 3;
                pos += 2;
            } else {
                pos++;
                return stringToken(start, startCol, firstLine, false);
            }
        }
        boolean hasCarriageReturn = false;
        int endQuotes = 0;
        while (endQuotes != quoteSize) {
            int c = charAt(pos);
            if (c == EOF || (quoteSize == 1 && (c == '\n' || c == '\r'))) {
                int detectedAt = c == EOF ? endLine() : lineno;
                lineno = firstLine;
                lineStart = firstLineStart;
                int offset = source.codePointCount(firstLineStart, start) + 1;
                String msg = quoteSize == 3
                        ? "unterminated triple-quoted string literal (detected at line " + detectedAt + ")"
                        : "unterminated string literal (detected at line " + detectedAt + ")";
                throw tokenizerError(msg, offset, offset);
            }
            if (c == quote) {
                endQuotes++;
                pos++;
            } else {
                endQuotes = 0;
                if (c == '\n' || c == '\r') {
                    hasCarriageReturn |= c == '\r';
                    consumeLineBreak(c);
                } else if (c == '\\') {
                    int next = charAt(pos + 1);
                    if (next == '\n' || next == '\r') {
                        pos++;
                        hasCarriageReturn |= next == '\r';
                        consumeLineBreak(next);
                    } else {
                        pos += next == EOF ? 1 : 2;
                    }
                } else {
                    pos++;
                }
            }
        }
        return stringToken(start, startCol, firstLine, hasCarriageReturn);
    }

    private Token stringToken(int start, int startCol, int firstLine, boolean hasCarriageReturn) {
        String text = source.substring(start, pos);
        if (hasCarriageReturn) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        int endCol = byteCol(lineStart, pos);
        // CPython shifts columns by the line the tokenizer is on when the token ends, so a string
        // running from the first line onto the next keeps its start column unshifted.
        return new Token(TokenType.STRING, text, shiftLine(firstLine), shiftCol(lineno, startCol),
                shiftLine(lineno), shiftCol(lineno, endCol), start, pos);
    }

    // ---------------------------------------------------------------- numbers

    /**
     * A number literal, following CPython's scanner step by step so that errors carry the same
     * position: {@code pos} plays the part of CPython's read pointer after a "backup".
     */
    private Token number(int start) {
        int c = charAt(pos);
        if (c == '0') {
            c = charAt(++pos);
            if (c == 'x' || c == 'X') {
                c = charAt(++pos);
                do {
                    if (c == '_') {
                        c = charAt(++pos);
                    }
                    if (!isHexDigit(c)) {
                        throw numberError("invalid hexadecimal literal");
                    }
                    do {
                        c = charAt(++pos);
                    } while (isHexDigit(c));
                } while (c == '_');
                checkNumberEnd(c, "hexadecimal");
            } else if (c == 'o' || c == 'O') {
                c = charAt(++pos);
                do {
                    if (c == '_') {
                        c = charAt(++pos);
                    }
                    if (c < '0' || c >= '8') {
                        if (isDigit(c)) {
                            throw invalidDigit(c, "octal");
                        }
                        throw numberError("invalid octal literal");
                    }
                    do {
                        c = charAt(++pos);
                    } while (c >= '0' && c < '8');
                } while (c == '_');
                if (isDigit(c)) {
                    throw invalidDigit(c, "octal");
                }
                checkNumberEnd(c, "octal");
            } else if (c == 'b' || c == 'B') {
                c = charAt(++pos);
                do {
                    if (c == '_') {
                        c = charAt(++pos);
                    }
                    if (c != '0' && c != '1') {
                        if (isDigit(c)) {
                            throw invalidDigit(c, "binary");
                        }
                        throw numberError("invalid binary literal");
                    }
                    do {
                        c = charAt(++pos);
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (isDigit(c)) {
                    throw invalidDigit(c, "binary");
                }
                checkNumberEnd(c, "binary");
            } else {
                boolean nonZero = false;
                while (true) {
                    if (c == '_') {
                        c = charAt(++pos);
                        if (!isDigit(c)) {
                            throw numberError("invalid decimal literal");
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = charAt(++pos);
                }
                int zerosEnd = pos;
                if (isDigit(c)) {
                    nonZero = true;
                    c = decimalTail();
                }
                if (c == '.') {
                    c = charAt(++pos);
                    return fraction(start, c);
                } else if (c == 'e' || c == 'E') {
                    return exponent(start, c);
                } else if (c == 'j' || c == 'J') {
                    return imaginary(start);
                } else if (nonZero) {
                    // CPython reports this range in bytes, not characters.
                    int from = byteCol(lineStart, start) + 1;
                    int to = byteCol(lineStart, zerosEnd) + 1;
                    throw tokenizerError("leading zeros in decimal integer literals are not permitted; "
                            + "use an 0o prefix for octal integers", from, to);
                }
                checkNumberEnd(c, "decimal");
            }
            return numberToken(start);
        }
        if (c == '.') {
            // Called only when a digit follows the dot.
            c = charAt(++pos);
            return fraction(start, c);
        }
        c = decimalTail();
        if (c == '.') {
            c = charAt(++pos);
            return fraction(start, c);
        }
        if (c == 'e' || c == 'E') {
            return exponent(start, c);
        }
        if (c == 'j' || c == 'J') {
            return imaginary(start);
        }
        checkNumberEnd(c, "decimal");
        return numberToken(start);
    }

    /** After the dot of a float; {@code c} is the char at {@code pos}. */
    private Token fraction(int start, int c) {
        if (isDigit(c)) {
            c = decimalTail();
        }
        if (c == 'e' || c == 'E') {
            return exponent(start, c);
        }
        if (c == 'j' || c == 'J') {
            return imaginary(start);
        }
        checkNumberEnd(c, "decimal");
        return numberToken(start);
    }

    /** At an 'e' or 'E' (at {@code pos}) after the digits of a number. */
    private Token exponent(int start, int e) {
        int ePos = pos;
        int c = charAt(++pos);
        if (c == '+' || c == '-') {
            c = charAt(++pos);
            if (!isDigit(c)) {
                throw numberError("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            // "1else": the number ends before the 'e', unless that makes it an invalid literal.
            pos = ePos;
            checkNumberEnd(e, "decimal");
            return numberToken(start);
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            return imaginary(start);
        }
        checkNumberEnd(c, "decimal");
        return numberToken(start);
    }

    /** At the 'j' of an imaginary literal. */
    private Token imaginary(int start) {
        int c = charAt(++pos);
        checkNumberEnd(c, "imaginary");
        return numberToken(start);
    }

    /** Digits with single underscores between them; {@code pos} is at a digit. Returns the char after. */
    private int decimalTail() {
        int c;
        while (true) {
            do {
                c = charAt(++pos);
            } while (isDigit(c));
            if (c != '_') {
                return c;
            }
            c = charAt(++pos);
            if (!isDigit(c)) {
                throw numberError("invalid decimal literal");
            }
        }
    }

    /**
     * CPython rejects a number directly followed by a name character, except (with a warning we
     * do not emit) before the keywords that may legally follow a number: and else for if in is
     * not or.
     */
    private void checkNumberEnd(int c, String kind) {
        boolean keywordFollows;
        switch (c) {
            case 'a' -> keywordFollows = followedBy("nd");
            case 'e' -> keywordFollows = followedBy("lse");
            case 'f' -> keywordFollows = followedBy("or");
            case 'i' -> {
                int c2 = charAt(pos + 1);
                keywordFollows = c2 == 'f' || c2 == 'n' || c2 == 's';
            }
            case 'o' -> keywordFollows = followedBy("r");
            case 'n' -> keywordFollows = followedBy("ot");
            default -> keywordFollows = false;
        }
        // Unlike elsewhere, a non-ASCII character after a number is left to the next token.
        if (!keywordFollows && c < 128 && isPotentialIdentifierChar(c)) {
            throw numberError("invalid " + kind + " literal");
        }
    }

    /** Whether {@code rest} follows the char at {@code pos}, and then no name character. */
    private boolean followedBy(String rest) {
        int p = pos + 1;
        if (!source.startsWith(rest, p)) {
            return false;
        }
        return !isPotentialIdentifierChar(charAt(p + rest.length()));
    }

    private SyntaxErrorException numberError(String msg) {
        int offset = source.codePointCount(lineStart, pos);
        return tokenizerError(msg, offset, offset);
    }

    private SyntaxErrorException invalidDigit(int c, String kind) {
        // CPython has consumed the bad digit here.
        int offset = source.codePointCount(lineStart, pos) + 1;
        return tokenizerError("invalid digit '" + (char) c + "' in " + kind + " literal", offset, offset);
    }

    private Token numberToken(int start) {
        return token(TokenType.NUMBER, source.substring(start, pos), byteCol(lineStart, start),
                byteCol(lineStart, pos), start);
    }

    // ---------------------------------------------------------------- operators

    private Token operator(int start, int c) {
        int c2 = charAt(pos + 1);
        TokenType type;
        int size = 1;
        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAX_LEVEL) {
                    pos++;
                    int offset = source.codePointCount(lineStart, pos);
                    throw tokenizerError("too many nested parentheses", offset, offset);
                }
                parenChars[level] = (char) c;
                parenLines[level] = lineno;
                parenPositions[level] = start;
                parenLineStarts[level] = lineStart;
                level++;
                type = c == '(' ? TokenType.LPAR : c == '[' ? TokenType.LSQB : TokenType.LBRACE;
            }
            case ')', ']', '}' -> {
                closeBracket((char) c);
                type = c == ')' ? TokenType.RPAR : c == ']' ? TokenType.RSQB : TokenType.RBRACE;
            }
            case ':' -> {
                if (c2 == '=') {
                    type = TokenType.COLONEQUAL;
                    size = 2;
                } else {
                    type = TokenType.COLON;
                }
            }
            case ',' -> type = TokenType.COMMA;
            case ';' -> type = TokenType.SEMI;
            case '~' -> type = TokenType.TILDE;
            case '.' -> {
                if (isDigit(c2)) {
                    return number(start);
                }
                if (c2 == '.' && charAt(pos + 2) == '.') {
                    type = TokenType.ELLIPSIS;
                    size = 3;
                } else {
                    type = TokenType.DOT;
                }
            }
            case '+' -> {
                type = c2 == '=' ? TokenType.PLUSEQUAL : TokenType.PLUS;
                size = c2 == '=' ? 2 : 1;
            }
            case '-' -> {
                if (c2 == '=') {
                    type = TokenType.MINEQUAL;
                    size = 2;
                } else if (c2 == '>') {
                    type = TokenType.RARROW;
                    size = 2;
                } else {
                    type = TokenType.MINUS;
                }
            }
            case '*' -> {
                if (c2 == '*') {
                    boolean eq = charAt(pos + 2) == '=';
                    type = eq ? TokenType.DOUBLESTAREQUAL : TokenType.DOUBLESTAR;
                    size = eq ? 3 : 2;
                } else if (c2 == '=') {
                    type = TokenType.STAREQUAL;
                    size = 2;
                } else {
                    type = TokenType.STAR;
                }
            }
            case '/' -> {
                if (c2 == '/') {
                    boolean eq = charAt(pos + 2) == '=';
                    type = eq ? TokenType.DOUBLESLASHEQUAL : TokenType.DOUBLESLASH;
                    size = eq ? 3 : 2;
                } else if (c2 == '=') {
                    type = TokenType.SLASHEQUAL;
                    size = 2;
                } else {
                    type = TokenType.SLASH;
                }
            }
            case '<' -> {
                if (c2 == '<') {
                    boolean eq = charAt(pos + 2) == '=';
                    type = eq ? TokenType.LEFTSHIFTEQUAL : TokenType.LEFTSHIFT;
                    size = eq ? 3 : 2;
                } else if (c2 == '=') {
                    type = TokenType.LESSEQUAL;
                    size = 2;
                } else if (c2 == '>') {
                    // CPython tokenizes "<>" but only accepts it under barry_as_FLUFL.
                    type = TokenType.ERRORTOKEN;
                    size = 2;
                } else {
                    type = TokenType.LESS;
                }
            }
            case '>' -> {
                if (c2 == '>') {
                    boolean eq = charAt(pos + 2) == '=';
                    type = eq ? TokenType.RIGHTSHIFTEQUAL : TokenType.RIGHTSHIFT;
                    size = eq ? 3 : 2;
                } else if (c2 == '=') {
                    type = TokenType.GREATEREQUAL;
                    size = 2;
                } else {
                    type = TokenType.GREATER;
                }
            }
            case '=' -> {
                type = c2 == '=' ? TokenType.EQEQUAL : TokenType.EQUAL;
                size = c2 == '=' ? 2 : 1;
            }
            case '!' -> {
                type = c2 == '=' ? TokenType.NOTEQUAL : TokenType.ERRORTOKEN;
                size = c2 == '=' ? 2 : 1;
            }
            case '%' -> {
                type = c2 == '=' ? TokenType.PERCENTEQUAL : TokenType.PERCENT;
                size = c2 == '=' ? 2 : 1;
            }
            case '&' -> {
                type = c2 == '=' ? TokenType.AMPEREQUAL : TokenType.AMPER;
                size = c2 == '=' ? 2 : 1;
            }
            case '|' -> {
                type = c2 == '=' ? TokenType.VBAREQUAL : TokenType.VBAR;
                size = c2 == '=' ? 2 : 1;
            }
            case '^' -> {
                type = c2 == '=' ? TokenType.CIRCUMFLEXEQUAL : TokenType.CIRCUMFLEX;
                size = c2 == '=' ? 2 : 1;
            }
            case '@' -> {
                type = c2 == '=' ? TokenType.ATEQUAL : TokenType.AT;
                size = c2 == '=' ? 2 : 1;
            }
            default -> {
                if (c < 0x20 || c == 0x7f) {
                    pos++;
                    int offset = source.codePointCount(lineStart, pos);
                    throw tokenizerError("invalid non-printable character U+" + hex(c), offset, offset);
                }
                // '$', '?', '`': CPython passes them to the parser, which reports invalid syntax.
                type = TokenType.ERRORTOKEN;
            }
        }
        int startCol = byteCol(lineStart, start);
        pos = start + size;
        String text = type == TokenType.ERRORTOKEN ? source.substring(start, pos) : type.text;
        return token(type, text, startCol, startCol + size, start);
    }

    private void closeBracket(char c) {
        if (level == 0) {
            pos++;
            int offset = source.codePointCount(lineStart, pos);
            throw tokenizerError("unmatched '" + c + "'", offset, offset);
        }
        level--;
        char opening = parenChars[level];
        if (!(opening == '(' && c == ')' || opening == '[' && c == ']' || opening == '{' && c == '}')) {
            pos++;
            int offset = source.codePointCount(lineStart, pos);
            String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + opening + "'";
            if (parenLines[level] != lineno) {
                msg += " on line " + parenLines[level];
            }
            throw tokenizerError(msg, offset, offset);
        }
    }

    // ---------------------------------------------------------------- helpers

    private int charAt(int i) {
        return i < length ? source.charAt(i) : EOF;
    }

    /** A token on the current line. */
    private Token token(TokenType type, String text, int startCol, int endCol, int start) {
        int line = shiftLine(lineno);
        return new Token(type, text, line, shiftCol(lineno, startCol), line, shiftCol(lineno, endCol), start, pos);
    }

    private int shiftLine(int line) {
        return line + lineOffset;
    }

    private int shiftCol(int line, int col) {
        return line == 1 ? col + firstLineColOffset : col;
    }

    /** UTF-8 length of {@code source[lineStart, p)}, computed incrementally along a line. */
    private int byteCol(int ls, int p) {
        int i;
        int bytes;
        if (ls == cacheLineStart && p >= cachePos) {
            i = cachePos;
            bytes = cacheBytes;
        } else {
            i = ls;
            bytes = 0;
        }
        while (i < p) {
            char ch = source.charAt(i++);
            if (ch < 0x80) {
                bytes++;
            } else if (ch < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(ch) && i < p && Character.isLowSurrogate(source.charAt(i))) {
                bytes += 4;
                i++;
            } else if (Utf8Errors.isEscapedByte(ch)) {
                bytes++;
            } else {
                bytes += 3;
            }
        }
        cacheLineStart = ls;
        cachePos = p;
        cacheBytes = bytes;
        return bytes;
    }

    /** Index of the line break (or end of source) of the line starting at {@code ls}. */
    private int lineEnd(int ls) {
        int i = ls;
        while (i < length) {
            char ch = source.charAt(i);
            if (ch == '\n' || ch == '\r') {
                break;
            }
            i++;
        }
        return i;
    }

    /** CPython's line buffer: from {@link #bufferStart} to the end of the current line, newlines translated. */
    private String bufferText() {
        // At the end, after a final line break, CPython is still on the last line.
        int current = pos >= length && lineStart == length && length > 0 ? prevLineStart : lineStart;
        String text = source.substring(bufferStart, lineEnd(current));
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return text + "\n";
    }

    /** Code points in {@code source[from, to)} once "\r\n" is translated to "\n". */
    private int translatedLength(int from, int to) {
        int n = source.codePointCount(from, to);
        for (int i = from; i + 1 < to; i++) {
            if (source.charAt(i) == '\r' && source.charAt(i + 1) == '\n') {
                n--;
            }
        }
        return n;
    }

    /** How many characters of {@code text} the first {@code bytes} UTF-8 bytes cover (a partial one counts). */
    private static int charsInBytes(String text, int bytes) {
        int chars = 0;
        int used = 0;
        int i = 0;
        while (i < text.length() && used < bytes) {
            int cp = text.codePointAt(i);
            used += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            chars++;
            i += Character.charCount(cp);
        }
        return chars;
    }

    /** The line starting at {@code ls} ending in "\n" (CPython's view after newline translation). */
    private String lineWithNewline(int ls) {
        return source.substring(ls, lineEnd(ls)) + "\n";
    }

    private void indexLines() {
        int[] starts = new int[16];
        int n = 0;
        int i = 0;
        while (i < length) {
            if (n == starts.length) {
                starts = java.util.Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i;
            i = lineEnd(i);
            if (i < length) {
                i += source.charAt(i) == '\r' && i + 1 < length && source.charAt(i + 1) == '\n' ? 2 : 1;
            }
        }
        lineStarts = starts;
        lineCount = n;
    }

    /** An error raised by CPython's tokenizer itself: its text is the current line without newline. */
    private SyntaxErrorException tokenizerError(String msg, int offset, int endOffset) {
        return error("SyntaxError", msg, lineno, offset, source.substring(lineStart, lineEnd(lineStart)),
                lineno, endOffset);
    }

    private SyntaxErrorException error(String type, String msg, int line, int offset, String text,
                                       int endLine, int endOffset) {
        return new SyntaxErrorException(type, msg, filename, shiftLine(line), offset, text,
                shiftLine(endLine), endOffset);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean isAsciiIdentifierStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isAsciiIdentifierChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9';
    }

    /** CPython's test on a byte: any non-ASCII byte may be part of a name. */
    private static boolean isPotentialIdentifierChar(int c) {
        return c >= 128 || c != EOF && isAsciiIdentifierChar(c);
    }
}
