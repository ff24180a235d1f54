package org.taipan.parse;

import java.util.ArrayList;
import java.util.List;
import org.taipan.ast.Expr;
import org.taipan.ast.Expression;
import org.taipan.ast.FunctionType;
import org.taipan.ast.Interactive;
import org.taipan.ast.Mod;
import org.taipan.ast.Module;
import org.taipan.ast.Stmt;

/**
 * The Python 3.11 parser: recursive descent over the PEG grammar of the language reference,
 * building CPython's AST with CPython's positions and raising CPython's SyntaxErrors.
 *
 * <p>Like CPython it parses in up to two passes: a fast one, and only if that fails a second one
 * with the {@code invalid_*} rules enabled to find a specific error message; a generic
 * "invalid syntax" is placed at the furthest token the first pass read. After an error found by
 * the parser the rest of the source is tokenized, and a tokenizer error there wins, as in
 * CPython. Input nested beyond
 * CPython's parser limit raises {@link ParseLimitException} (MemoryError). Deep but legal
 * nesting that overflows the Java stack is retried on a thread with a large stack.
 *
 * <p>Decision on {@code ast.parse('-'*3000+'1')}: CPython parses it but fails with RecursionError
 * while converting to Python objects; we parse it successfully.
 */
public final class Parser {
    private static final long BIG_STACK_BYTES = 1L << 30;

    private Parser() {
    }

    /** Parses decoded source; {@code mode} is "exec", "eval", "single" or "func_type". */
    public static Mod parse(String source, String filename, String mode) {
        return onLargeStackIfNeeded(() -> parseNow(source, filename, mode, false, false));
    }

    /**
     * {@link #parse}, with {@code # type:} comments in the tree when {@code typeComments}
     * ({@code ast.parse(..., type_comments=True)}, the PyCF_TYPE_COMMENTS flag).
     */
    public static Mod parse(String source, String filename, String mode, boolean typeComments) {
        return onLargeStackIfNeeded(() -> parseNow(source, filename, mode, false, typeComments));
    }

    /**
     * Decodes (see {@link SourceDecoder}) and parses a whole file in "exec" mode, with the
     * error details of CPython's {@code compile(bytes, filename, 'exec')}: offsets are in UTF-8
     * bytes unless the file starts with a BOM or declares its encoding (then in characters).
     */
    public static Mod parseFile(byte[] data, String filename) {
        return parseFile(data, filename, false);
    }

    /** {@link #parseFile}, with type comments in the tree when {@code typeComments}. */
    public static Mod parseFile(byte[] data, String filename, boolean typeComments) {
        String source = SourceDecoder.decode(data, filename);
        boolean byteOffsets = !declaresEncoding(data);
        return onLargeStackIfNeeded(() -> parseNow(source, filename, "exec", byteOffsets,
                typeComments));
    }

    /**
     * Decodes and parses a script as {@code python3 FILE} does before running it, with the error
     * details CPython reports then: decoding as {@link SourceDecoder#decodeScript}, offsets as
     * {@link #parseFile}, but an error's text is the file's physical line (a BOM kept on line
     * 1) and errors at end of input have offset 0.
     */
    public static Mod parseScript(byte[] data, String filename) {
        String source = SourceDecoder.decodeScript(data, filename);
        boolean byteOffsets = !declaresEncoding(data);
        boolean bom = data.length >= 3 && (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB
                && (data[2] & 0xff) == 0xBF;
        return onLargeStackIfNeeded(() -> (Mod) run(new Tokenizer(source, filename), filename, 0,
                0, Start.FILE, byteOffsets, true, bom));
    }

    /**
     * True if the bytes start with a UTF-8 BOM or have a PEP 263 coding declaration: CPython's
     * tokenizer then records an encoding and converts error offsets to characters; without one
     * it leaves them in bytes.
     */
    static boolean declaresEncoding(byte[] data) {
        if (data.length >= 3 && (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB
                && (data[2] & 0xff) == 0xBF) {
            return true;
        }
        int end1 = lineEnd(data, 0);
        if (isCodingLine(data, 0, end1)) {
            return true;
        }
        if (!isBlankOrComment(data, 0, end1) || end1 >= data.length) {
            return false;
        }
        return isCodingLine(data, end1 + 1, lineEnd(data, end1 + 1));
    }

    private static int lineEnd(byte[] data, int from) {
        int i = from;
        while (i < data.length && data[i] != '\n' && data[i] != '\r') {
            i++;
        }
        return i;
    }

    private static int skipBlanks(byte[] data, int i, int end) {
        while (i < end && (data[i] == ' ' || data[i] == '\t' || data[i] == '\f')) {
            i++;
        }
        return i;
    }

    private static boolean isBlankOrComment(byte[] data, int from, int end) {
        int i = skipBlanks(data, from, end);
        return i == end || data[i] == '#';
    }

    /** A comment line containing "coding" followed by ':' or '=' and an encoding name. */
    private static boolean isCodingLine(byte[] data, int from, int end) {
        int i = skipBlanks(data, from, end);
        if (i >= end || data[i] != '#') {
            return false;
        }
        for (int k = i; k + 6 < end; k++) {
            if (data[k] == 'c' && data[k + 1] == 'o' && data[k + 2] == 'd' && data[k + 3] == 'i'
                    && data[k + 4] == 'n' && data[k + 5] == 'g'
                    && (data[k + 6] == ':' || data[k + 6] == '=')) {
                int j = skipBlanks(data, k + 7, end);
                if (j < end && (Character.isLetterOrDigit(data[j]) || data[j] == '-'
                        || data[j] == '_' || data[j] == '.')) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Parses the expression part of an f-string replacement field ({@code star_expressions}),
     * with positions shifted as CPython 3.11 shifts them: lines by {@code lineOffset}, columns on
     * the first line by {@code firstLineColOffset}.
     */
    public static Expr parseFStringExpression(String text, String filename, int lineOffset,
                                              int firstLineColOffset) {
        return onLargeStackIfNeeded(() -> {
            Tokenizer tokenizer = new Tokenizer(text, filename, lineOffset, firstLineColOffset);
            return (Expr) run(tokenizer, filename, lineOffset, firstLineColOffset, Start.FSTRING,
                    false);
        });
    }

    private enum Start { FILE, EVAL, SINGLE, FUNC_TYPE, FSTRING }

    private static Mod parseNow(String source, String filename, String mode,
                                boolean byteOffsets, boolean typeComments) {
        Start start;
        switch (mode) {
            case "exec": start = Start.FILE; break;
            case "eval": start = Start.EVAL; break;
            case "single": start = Start.SINGLE; break;
            case "func_type": start = Start.FUNC_TYPE; break;
            default: throw new IllegalArgumentException("mode must be 'exec', 'eval', 'single' or 'func_type'");
        }
        Tokenizer tokenizer = new Tokenizer(source, filename);
        if (typeComments) {
            tokenizer.enableTypeComments();
        }
        Mod tree = (Mod) run(tokenizer, filename, 0, 0, start, byteOffsets);
        if (tree instanceof Module module) {
            module.typeIgnores.addAll(tokenizer.typeIgnores());
        }
        return tree;
    }

    private static Object run(Tokenizer tokenizer, String filename, int lineOffset,
                              int firstLineColOffset, Start start, boolean byteOffsets) {
        return run(tokenizer, filename, lineOffset, firstLineColOffset, start, byteOffsets, false,
                false);
    }

    private static Object run(Tokenizer tokenizer, String filename, int lineOffset,
                              int firstLineColOffset, Start start, boolean byteOffsets,
                              boolean scriptMode, boolean scriptHasBom) {
        GrammarParser p = new GrammarParser(tokenizer, filename, lineOffset);
        p.firstLineColOffset = firstLineColOffset;
        p.ts.singleInput = start == Start.SINGLE;
        p.byteOffsets = byteOffsets;
        p.scriptMode = scriptMode;
        p.scriptHasBom = scriptHasBom;
        p.fstringMode = start == Start.FSTRING;
        SyntaxErrorException unexpectedIndentation = null;
        try {
            Object result = startRule(p, start);
            if (result != null) {
                return result;
            }
            // Second pass: reparse with the invalid_* rules, which throw specific errors.
            p.firstPassFill = p.ts.fill();
            p.ts.pos = 0;
            p.level = ParserBase.BASE_LEVEL;
            p.invalidPass = true;
            p.secondPass = true;
            startRule(p, start);
            SyntaxErrorException generic = p.genericError();
            if (generic.pythonType.equals("IndentationError")) {
                // "unexpected indent"/"unindent" is final: CPython does not tokenize further.
                unexpectedIndentation = generic;
            }
            throw generic;
        } catch (SyntaxErrorException e) {
            if (p.ts.tokenizerFailed || e == unexpectedIndentation) {
                throw e;
            }
            // As CPython does for an error found by the parser, tokenize the rest of the source:
            // a tokenizer error there wins, an unclosed bracket only if it was opened on a line
            // before the last token read.
            Token last = p.ts.lastFetched();
            int currentLine = last == null ? 0 : last.lineno;
            try {
                p.drainTokenizer();
            } catch (SyntaxErrorException later) {
                if (later.msg.endsWith("was never closed") ? currentLine > later.lineno
                        : !reportedOnlyByParser(later.msg)) {
                    throw later;
                }
            }
            throw e;
        }
    }

    /**
     * Tokenizer errors that CPython's tokenizer only signals with a status code (the parser
     * turns them into exceptions when it meets them), so they do not replace an error found
     * earlier when CPython tokenizes the rest of the source.
     */
    private static boolean reportedOnlyByParser(String msg) {
        return msg.equals("unindent does not match any outer indentation level")
                || msg.equals("inconsistent use of tabs and spaces in indentation")
                || msg.equals("too many levels of indentation")
                || msg.equals("unexpected character after line continuation character")
                || msg.equals("unexpected EOF while parsing");
    }

    private static Object startRule(GrammarParser p, Start start) {
        switch (start) {
            case FILE: {
                List<Stmt> body = p.fileInput();
                return body == null ? null : new Module(body, new ArrayList<>(0));
            }
            case EVAL: {
                Expr e = p.evalInput();
                return e == null ? null : new Expression(e);
            }
            case SINGLE: {
                List<Stmt> body = p.interactiveInput();
                return body == null ? null : new Interactive(body);
            }
            case FUNC_TYPE: {
                FunctionType f = p.funcTypeInput();
                return f;
            }
            default:
                return p.fstringInput();
        }
    }

    private interface ParseTask<T> {
        T run();
    }

    /**
     * Runs the parse here, and again on a thread with a 1 GB stack if the Java stack overflows
     * (legal input can nest deeply; the parser's own limit keeps the depth bounded).
     */
    private static <T> T onLargeStackIfNeeded(ParseTask<T> task) {
        try {
            return task.run();
        } catch (StackOverflowError e) {
            Object[] result = new Object[1];
            RuntimeException[] failure = new RuntimeException[1];
            Error[] error = new Error[1];
            Thread t = new Thread(null, () -> {
                try {
                    result[0] = task.run();
                } catch (RuntimeException ex) {
                    failure[0] = ex;
                } catch (StackOverflowError ex) {
                    failure[0] = new ParseLimitException("MemoryError", "");
                } catch (Error ex) {
                    error[0] = ex;
                }
            }, "taipan-parser", BIG_STACK_BYTES);
            t.start();
            boolean interrupted = false;
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException ie) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (failure[0] != null) {
                throw failure[0];
            }
            if (error[0] != null) {
                throw error[0];
            }
            @SuppressWarnings("unchecked")
            T r = (T) result[0];
            return r;
        }
    }
}
