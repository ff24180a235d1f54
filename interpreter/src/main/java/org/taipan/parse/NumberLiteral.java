package org.taipan.parse;

import java.math.BigInteger;
import org.taipan.ast.ComplexLiteral;

/**
 * The value of one NUMBER token, as CPython computes it: {@code int} literals become
 * {@link BigInteger}, floats a correctly rounded {@link Double} (overflowing to infinity), and
 * imaginary literals a {@link ComplexLiteral} with a zero real part. The tokenizer has already
 * rejected malformed numbers, so this only converts.
 */
final class NumberLiteral {
    /** CPython's default {@code sys.get_int_max_str_digits()}, which also limits int literals. */
    static final int MAX_DECIMAL_DIGITS = 4300;

    private NumberLiteral() {
    }

    static Object value(Token token, String filename) {
        try {
            return convert(token, filename);
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            // Only reachable if the tokenizer let a malformed number through.
            throw new SyntaxErrorException("invalid number literal", filename, token.lineno,
                    token.colOffset + 1, null, token.endLineno, token.endColOffset + 1);
        }
    }

    private static Object convert(Token token, String filename) {
        String text = withoutUnderscores(token.text);
        int n = text.length();
        char last = text.charAt(n - 1);
        if (last == 'j' || last == 'J') {
            return new ComplexLiteral(0.0, Double.parseDouble(text.substring(0, n - 1)));
        }
        if (n > 1 && text.charAt(0) == '0') {
            char kind = text.charAt(1);
            if (kind == 'x' || kind == 'X') {
                return new BigInteger(text.substring(2), 16);
            }
            if (kind == 'o' || kind == 'O') {
                return new BigInteger(text.substring(2), 8);
            }
            if (kind == 'b' || kind == 'B') {
                return new BigInteger(text.substring(2), 2);
            }
        }
        if (isDecimalInteger(text)) {
            if (n > MAX_DECIMAL_DIGITS) {
                throw tooManyDigits(token, n, filename);
            }
            return n <= 18 ? BigInteger.valueOf(Long.parseLong(text)) : new BigInteger(text);
        }
        // Double.parseDouble is correctly rounded like CPython's float parser; 1e400 gives inf.
        return Double.parseDouble(text);
    }

    private static boolean isDecimalInteger(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String withoutUnderscores(String text) {
        if (text.indexOf('_') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '_') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    // CPython 3.11 reports this at the token's lines with no column (offset 0, end offset 0),
    // deliberately, to avoid underlining thousands of digits.
    private static SyntaxErrorException tooManyDigits(Token token, int digits, String filename) {
        String msg = "Exceeds the limit (" + MAX_DECIMAL_DIGITS + " digits) for integer string "
                + "conversion: value has " + digits + " digits; use sys.set_int_max_str_digits() "
                + "to increase the limit - Consider hexadecimal for huge integer literals to avoid "
                + "decimal conversion limits.";
        return new SyntaxErrorException(msg, filename, token.lineno, 0, null, token.endLineno, 0);
    }
}
