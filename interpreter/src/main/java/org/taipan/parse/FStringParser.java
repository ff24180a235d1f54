package org.taipan.parse;

import org.taipan.ast.Expr;
import org.taipan.ast.FormattedValue;
import org.taipan.ast.JoinedStr;

/**
 * Splits one f-string token into literal text and replacement fields, as CPython 3.11 does (the
 * whole f-string is a single token; the parser takes it apart): doubled braces, {@code \N{...}}
 * in literal text, the expression scan with its quote and bracket tracking, {@code =}, {@code !}
 * conversions and nested format specs, with CPython's f-string errors. Each expression is parsed
 * by an {@link ExpressionParser} with the line and column shift CPython computes.
 */
final class FStringParser {
    /** Parses the expression of a replacement field; see {@link Parser#parseFStringExpression}. */
    @FunctionalInterface
    interface ExpressionParser {
        Expr parse(String text, String filename, int lineOffset, int firstLineColOffset);
    }

    private static final int MAX_NESTED_BRACKETS = 200;

    private final StringLiteral literal;
    private final String s;
    private final int end;
    private final StringLiteral first;
    private final Token last;
    private final LiteralErrorSite errors;
    private final ExpressionParser expressions;
    /** The surrogate splits of the literal part last decoded. */
    private final SurrogateSplits splits = new SurrogateSplits();
    private int pos;

    /**
     * A parser for f-string token {@code literal}, part of a concatenation spanning
     * {@code first}..{@code last} (the span CPython gives to the parts it creates).
     */
    FStringParser(StringLiteral literal, StringLiteral first, Token last, LiteralErrorSite errors,
                  ExpressionParser expressions) {
        this.literal = literal;
        this.s = literal.text;
        this.end = literal.bodyEnd;
        this.first = first;
        this.last = last;
        this.errors = errors;
        this.expressions = expressions;
        this.pos = literal.bodyStart;
    }

    /** Adds this f-string's parts to {@code builder}. */
    void parseInto(JoinedStrBuilder builder) {
        parseParts(builder, 0);
        // Not reachable in practice: at the top level a stray '}' is reported while scanning.
        if (pos < end - 1) {
            throw errors.afterStrings("f-string: unexpected end of string");
        }
    }

    private void parseParts(JoinedStrBuilder builder, int level) {
        builder.markFString();
        while (true) {
            int literalStart = pos;
            int literalEnd = scanLiteral(level);
            boolean doubledBrace = literalEnd != pos;
            if (literalEnd > literalStart) {
                builder.addLiteral(decodeLiteral(literalStart, literalEnd), splits);
            }
            if (doubledBrace) {
                continue;
            }
            if (pos >= end || s.charAt(pos) == '}') {
                break;
            }
            parseReplacementField(builder, level);
        }
        if (level != 0 && (pos >= end || s.charAt(pos) != '}')) {
            throw errors.afterStrings("f-string: expecting '}'");
        }
    }

    /**
     * Scans literal text from {@code pos} up to a '{' or '}' that is not doubled, leaving
     * {@code pos} there. At a doubled brace (top level only) it stops after the pair, and the
     * literal ends after the first brace of it: then the returned end differs from {@code pos}.
     */
    private int scanLiteral(int level) {
        while (pos < end) {
            char ch = s.charAt(pos++);
            if (!literal.raw && ch == '\\' && pos < end) {
                ch = s.charAt(pos++);
                if (ch == 'N') {
                    // Skip "\N{...}" so its braces are not taken for a field. Like CPython, the
                    // character after \N is consumed whatever it is.
                    if (pos < end && s.charAt(pos++) == '{') {
                        while (pos < end && s.charAt(pos++) != '}') {
                            // skip the name
                        }
                    }
                    continue;
                }
                // "\{" falls through: the backslash stays in the literal, the brace acts.
            }
            if (ch == '{' || ch == '}') {
                if (level == 0) {
                    if (pos < end && s.charAt(pos) == ch) {
                        int literalEnd = pos;
                        pos++;
                        return literalEnd;
                    }
                    if (ch == '}') {
                        throw errors.afterStrings("f-string: single '}' is not allowed");
                    }
                }
                pos--;
                return pos;
            }
        }
        return pos;
    }

    /** The value of literal text {@code s[from:to]}, its surrogate splits put in {@link #splits}. */
    private String decodeLiteral(int from, int to) {
        if (BadSourceBytes.present(s, from, to)) {
            String msg = literal.raw ? BadSourceBytes.errorInWhole(s, from, to)
                    : BadSourceBytes.errorInRuns(s, from, to);
            if (msg != null) {
                throw errors.afterStrings(msg);
            }
        }
        if (literal.raw) {
            splits.clear();
            return s.substring(from, to);
        }
        try {
            return EscapeDecoder.decodeStr(s, from, to, splits);
        } catch (LiteralDecodeException e) {
            throw errors.afterStrings(e.getMessage());
        }
    }

    /** Parses the field at the '{' at {@code pos}, leaving {@code pos} after its '}'. */
    private void parseReplacementField(JoinedStrBuilder builder, int level) {
        if (level >= 2) {
            throw errors.afterStrings("f-string: expressions nested too deeply");
        }
        int brace = pos++;
        int exprStart = pos;
        scanExpression();
        int exprEnd = pos;
        if (pos >= end) {
            throw expectingBrace();
        }
        // CPython compiles the expression before looking at '=', '!' and ':'.
        Expr value = compileExpression(brace, exprStart, exprEnd);
        String debugText = null;
        if (s.charAt(pos) == '=') {
            pos++;
            while (pos < end && isPythonSpace(s.charAt(pos))) {
                pos++;
            }
            if (pos >= end) {
                throw expectingBrace();
            }
            debugText = s.substring(exprStart, pos);
        }
        int conversion = -1;
        if (s.charAt(pos) == '!') {
            pos++;
            if (pos >= end) {
                throw expectingBrace();
            }
            conversion = s.charAt(pos++);
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw errors.afterStrings(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        Expr formatSpec = null;
        if (pos < end && s.charAt(pos) == ':') {
            pos++;
            if (pos >= end) {
                throw expectingBrace();
            }
            formatSpec = parseFormatSpec(level + 1);
        }
        if (pos >= end || s.charAt(pos) != '}') {
            throw expectingBrace();
        }
        pos++;
        if (debugText != null) {
            builder.addLiteral(debugText);
            if (formatSpec == null && conversion == -1) {
                conversion = 'r'; // "{x=}" means repr unless a conversion or spec is given
            }
        }
        builder.addValue(new FormattedValue(value, conversion, formatSpec, first.token.lineno,
                first.token.colOffset, last.endLineno, last.endColOffset), first, last);
    }

    /**
     * Advances {@code pos} over the expression text to the '!', ':', '=' or '}' that ends it at
     * bracket depth 0 (or to the end), skipping quoted strings, as CPython's scan does.
     */
    private void scanExpression() {
        char quote = 0;
        boolean tripleQuoted = false;
        int depth = 0;
        char[] brackets = null;
        for (; pos < end; pos++) {
            char ch = s.charAt(pos);
            if (ch == '\\') {
                throw errors.afterStrings("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (ch == quote) {
                    if (!tripleQuoted) {
                        quote = 0;
                    } else if (pos + 2 < end && s.charAt(pos + 1) == ch && s.charAt(pos + 2) == ch) {
                        pos += 2;
                        quote = 0;
                    }
                }
            } else if (ch == '\'' || ch == '"') {
                tripleQuoted = pos + 2 < end && s.charAt(pos + 1) == ch && s.charAt(pos + 2) == ch;
                if (tripleQuoted) {
                    pos += 2;
                }
                quote = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (depth >= MAX_NESTED_BRACKETS) {
                    throw errors.afterStrings("f-string: too many nested parenthesis");
                }
                if (brackets == null) {
                    brackets = new char[MAX_NESTED_BRACKETS];
                }
                brackets[depth++] = ch;
            } else if (ch == '#') {
                throw errors.afterStrings("f-string expression part cannot include '#'");
            } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '='
                    || ch == '>' || ch == '<')) {
                // "!=", "==", "<=", ">=" and lone '<', '>' are operators, not the field's end.
                if (ch != ':' && ch != '}' && pos + 1 < end && s.charAt(pos + 1) == '=') {
                    pos++;
                    continue;
                }
                if (ch == '>' || ch == '<') {
                    continue;
                }
                return;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (depth == 0) {
                    throw errors.afterStrings("f-string: unmatched '" + ch + "'");
                }
                char opening = brackets[--depth];
                if (!(opening == '(' && ch == ')' || opening == '[' && ch == ']'
                        || opening == '{' && ch == '}')) {
                    throw errors.afterStrings("f-string: closing parenthesis '" + ch
                            + "' does not match opening parenthesis '" + opening + "'");
                }
            }
        }
        if (quote != 0) {
            throw errors.afterStrings("f-string: unterminated string");
        }
        if (depth != 0) {
            throw errors.afterStrings("f-string: unmatched '" + brackets[depth - 1] + "'");
        }
    }

    private JoinedStr parseFormatSpec(int level) {
        JoinedStrBuilder spec = new JoinedStrBuilder();
        parseParts(spec, level);
        // CPython spans a format spec (and its trailing literal) over this token only.
        return (JoinedStr) spec.finish(literal, literal.token);
    }

    private Expr compileExpression(int brace, int exprStart, int exprEnd) {
        if (isBlank(exprStart, exprEnd)) {
            char terminator = s.charAt(exprEnd);
            throw errors.afterStrings(terminator == '}'
                    ? "f-string: empty expression not allowed"
                    : "f-string: expression required before '" + terminator + "'");
        }
        ExpressionLocation where = ExpressionLocation.of(literal, brace);
        // Parenthesised like CPython, so leading whitespace and newlines are allowed.
        String source = "(" + s.substring(exprStart, exprEnd) + ")";
        return expressions.parse(source, errors.filename(), where.lineOffset, where.firstLineColOffset);
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean isPythonSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f';
    }

    private SyntaxErrorException expectingBrace() {
        return errors.afterStrings("f-string: expecting '}'");
    }
}
