package org.taipan.parse;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.IntFunction;
import org.taipan.ast.BytesLiteral;
import org.taipan.ast.Constant;
import org.taipan.ast.Expr;

/**
 * Turns NUMBER and STRING tokens into AST values: numbers into their constant values, and a run
 * of adjacent string tokens (implicit concatenation, f-strings included) into a
 * {@code Constant} or {@code JoinedStr} with CPython 3.11's positions.
 */
public final class Literals {
    private Literals() {
    }

    /** The value of a NUMBER token: BigInteger, Double or ComplexLiteral. */
    public static Object number(Token token, String filename) {
        return NumberLiteral.value(token, filename);
    }

    /**
     * The expression for one or more adjacent STRING tokens. {@code tokenizer} gives access to
     * source lines for error messages. Prefer {@link #strings(List, Token, String, Tokenizer)}:
     * without the following token, errors are placed just after the last string.
     */
    public static Expr strings(List<Token> tokens, String filename, Tokenizer tokenizer) {
        return strings(tokens, null, filename, tokenizer);
    }

    /**
     * The expression for one or more adjacent STRING tokens. {@code following} is the last token
     * the parser has fetched when it calls this (CPython's {@code p->tokens[p->fill-1]}); right
     * after collecting a run of STRING tokens that is the token after them. CPython 3.11 reports
     * most string errors (bad escapes, f-string errors, mixing bytes and str) at that token's
     * position. {@code tokenizer} (may be null) gives the source lines for error messages.
     */
    public static Expr strings(List<Token> tokens, Token following, String filename,
                               Tokenizer tokenizer) {
        return strings(tokens, following, filename, tokenizer == null ? null : tokenizer::lineText,
                Parser::parseFStringExpression);
    }

    static Expr strings(List<Token> tokens, Token following, String filename,
                        IntFunction<String> lines, FStringParser.ExpressionParser expressions) {
        return strings(tokens, following, filename, lines, expressions, false);
    }

    /** As above; {@code byteOffsets}: errors in UTF-8 byte offsets (a file's compile()). */
    static Expr strings(List<Token> tokens, Token following, String filename,
                        IntFunction<String> lines, FStringParser.ExpressionParser expressions,
                        boolean byteOffsets) {
        Token lastToken = tokens.get(tokens.size() - 1);
        LiteralErrorSite errors = new LiteralErrorSite(filename, lines, following, lastToken,
                byteOffsets);
        StringLiteral first = null;
        boolean bytesMode = false;
        ByteArrayOutputStream bytes = null;
        JoinedStrBuilder builder = new JoinedStrBuilder();
        SurrogateSplits splits = new SurrogateSplits();
        for (int i = 0; i < tokens.size(); i++) {
            StringLiteral literal = StringLiteral.of(tokens.get(i));
            if (i == 0) {
                first = literal;
            }
            // Like CPython, decode this token before checking that it does not mix bytes and str.
            byte[] byteValue = null;
            String strValue = null;
            if (literal.bytes) {
                byteValue = decodeBytes(literal, errors);
            } else if (!literal.fstring) {
                strValue = decodeStr(literal, errors, splits);
            }
            if (i != 0 && bytesMode != literal.bytes) {
                throw errors.afterStrings("cannot mix bytes and nonbytes literals");
            }
            bytesMode = literal.bytes;
            if (literal.fstring) {
                new FStringParser(literal, first, lastToken, errors, expressions).parseInto(builder);
            } else if (bytesMode) {
                if (bytes == null) {
                    bytes = new ByteArrayOutputStream(byteValue.length);
                }
                bytes.write(byteValue, 0, byteValue.length);
            } else {
                builder.addLiteral(strValue, splits);
            }
        }
        Token firstToken = tokens.get(0);
        if (bytesMode) {
            return new Constant(new BytesLiteral(bytes.toByteArray()), null, firstToken.lineno,
                    firstToken.colOffset, lastToken.endLineno, lastToken.endColOffset);
        }
        return builder.finish(first, lastToken);
    }

    private static byte[] decodeBytes(StringLiteral literal, LiteralErrorSite errors) {
        String text = literal.text;
        for (int i = literal.bodyStart; i < literal.bodyEnd; i++) {
            if (text.charAt(i) >= 0x80) {
                throw errors.atToken("bytes can only contain ASCII literal characters",
                        literal.token);
            }
        }
        if (literal.raw) {
            byte[] out = new byte[literal.bodyEnd - literal.bodyStart];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) text.charAt(literal.bodyStart + i);
            }
            return out;
        }
        try {
            return EscapeDecoder.decodeBytes(text, literal.bodyStart, literal.bodyEnd);
        } catch (LiteralDecodeException e) {
            throw errors.afterStrings(e.getMessage());
        }
    }

    /** The value of a str token as UTF-16 text, with its surrogate splits put in {@code splits}. */
    private static String decodeStr(StringLiteral literal, LiteralErrorSite errors,
                                    SurrogateSplits splits) {
        String text = literal.text;
        // Bytes that are not UTF-8: CPython decodes a raw or escape-free body in one piece, and
        // the non-ASCII runs of a body with escapes one by one.
        if (BadSourceBytes.present(text, literal.bodyStart, literal.bodyEnd)) {
            boolean whole = literal.raw || text.indexOf('\\', literal.bodyStart) < 0
                    || text.indexOf('\\', literal.bodyStart) >= literal.bodyEnd;
            String msg = whole
                    ? BadSourceBytes.errorInWhole(text, literal.bodyStart, literal.bodyEnd)
                    : BadSourceBytes.errorInRuns(text, literal.bodyStart, literal.bodyEnd);
            if (msg != null) {
                throw errors.afterStrings(msg);
            }
        }
        if (literal.raw) {
            splits.clear();
            return literal.text.substring(literal.bodyStart, literal.bodyEnd);
        }
        try {
            return EscapeDecoder.decodeStr(literal.text, literal.bodyStart, literal.bodyEnd, splits);
        } catch (LiteralDecodeException e) {
            throw errors.afterStrings(e.getMessage());
        }
    }
}
