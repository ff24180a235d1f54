package org.taipan.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.taipan.ast.Expr;
import org.taipan.ast.Name;
import org.taipan.ast.ExprContext;

/**
 * Test stand-in for the tokenizer and parser around {@link Literals}: finds the first run of
 * string tokens in a small source (with CPython's token positions), the token after it, and
 * parses f-string expressions into a Name spanning the expression text, positioned exactly as
 * CPython's parser would place an expression with the given line and column shift.
 */
final class LiteralsTestSource {
    final String source;
    final List<Token> strings = new ArrayList<>();
    Token following;

    LiteralsTestSource(String source) {
        this.source = source;
        int depth = 0;
        int i = 0;
        while (i < source.length() && stringLength(i) == 0) {
            char c = source.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            }
            i++;
        }
        while (i < source.length()) {
            int n = stringLength(i);
            if (n == 0) {
                break;
            }
            strings.add(token(TokenType.STRING, i, i + n));
            i += n;
            while (i < source.length() && (source.charAt(i) == ' '
                    || (depth > 0 && source.charAt(i) == '\n'))) {
                i++;
            }
        }
        if (i >= source.length() || source.charAt(i) == '\n') {
            following = token(TokenType.NEWLINE, i, i); // pegen's NEWLINE has no width
        } else {
            following = token(TokenType.PLUS, i, i + 1);
        }
    }

    Expr parse() {
        return Literals.strings(strings, following, "<test>", this::line, LiteralsTestSource::fakeExpression);
    }

    String line(int lineno) {
        String[] lines = source.split("\n", -1);
        return lineno <= lines.length ? lines[lineno - 1] + "\n" : null;
    }

    /** Length of the string token starting at {@code i}, or 0 if none starts there. */
    private int stringLength(int i) {
        if (i > 0 && Character.isLetterOrDigit(source.charAt(i - 1))) {
            return 0;
        }
        int j = i;
        while (j < source.length() && j - i < 2 && "rRbBuUfF".indexOf(source.charAt(j)) >= 0) {
            j++;
        }
        if (j >= source.length() || (source.charAt(j) != '"' && source.charAt(j) != '\'')) {
            return 0;
        }
        char q = source.charAt(j);
        boolean triple = source.startsWith("" + q + q + q, j);
        int k = j + (triple ? 3 : 1);
        while (k < source.length()) {
            char c = source.charAt(k);
            if (c == '\\') {
                k += 2;
            } else if (c == q && (!triple || source.startsWith("" + q + q + q, k))) {
                return k + (triple ? 3 : 1) - i;
            } else {
                k++;
            }
        }
        throw new IllegalArgumentException("unterminated string in test source");
    }

    private Token token(TokenType type, int start, int end) {
        int[] s = position(source, start);
        int[] e = position(source, end);
        return new Token(type, source.substring(start, end), s[0], s[1], e[0], e[1], start, end);
    }

    /** Line (1-based) and UTF-8 byte column of char index {@code index} of {@code text}. */
    static int[] position(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, text.substring(lineStart, index).getBytes(StandardCharsets.UTF_8).length};
    }

    /**
     * Parses "(expr)" the way the real parser positions nodes: a Name whose id is the stripped
     * expression text, spanning its first to last non-blank character.
     */
    static Expr fakeExpression(String text, String filename, int lineOffset, int firstLineColOffset) {
        int from = 1;
        int to = text.length() - 1;
        while (Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        int[] s = position(text, from);
        int[] e = position(text, to);
        return new Name(text.substring(from, to), ExprContext.Load,
                s[0] + lineOffset, s[1] + (s[0] == 1 ? firstLineColOffset : 0),
                e[0] + lineOffset, e[1] + (e[0] == 1 ? firstLineColOffset : 0));
    }
}
