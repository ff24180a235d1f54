package org.taipan.parse;

import java.util.ArrayList;
import java.util.List;
import org.taipan.ast.Constant;
import org.taipan.ast.Expr;
import org.taipan.ast.JoinedStr;

/**
 * Collects the parts of a string concatenation or an f-string format spec as CPython does:
 * adjacent literal text is merged (across tokens too) into one Constant, empty text is dropped,
 * and the result is a plain Constant unless an f-string took part.
 */
final class JoinedStrBuilder {
    private final List<Expr> values = new ArrayList<>();
    /** Literal text not yet turned into a Constant: a String, a StringBuilder once appended to. */
    private CharSequence pending;
    private boolean fstring;

    /** Marks that an f-string is part of this, so the result is a JoinedStr. */
    void markFString() {
        fstring = true;
    }

    void addLiteral(String text) {
        if (text.isEmpty()) {
            return;
        }
        if (pending == null) {
            pending = text; // most literals are a single piece: no copy
        } else if (pending instanceof StringBuilder) {
            ((StringBuilder) pending).append(text);
        } else {
            pending = new StringBuilder(pending.length() + text.length()).append(pending).append(text);
        }
    }

    /** Adds a replacement field; pending literal text becomes a Constant spanning first..last. */
    void addValue(Expr value, StringLiteral first, Token last) {
        flush(first, last);
        values.add(value);
    }

    /** The finished node, spanning {@code first} to {@code last} (as do its trailing literal). */
    Expr finish(StringLiteral first, Token last) {
        if (!fstring) {
            return constant(pending == null ? "" : pending.toString(), first, last);
        }
        flush(first, last);
        return new JoinedStr(values, first.token.lineno, first.token.colOffset, last.endLineno,
                last.endColOffset);
    }

    private void flush(StringLiteral first, Token last) {
        if (pending != null) {
            values.add(constant(pending.toString(), first, last));
            pending = null;
        }
    }

    // CPython takes the kind from the first token of the span, even for later parts.
    private static Constant constant(String value, StringLiteral first, Token last) {
        return new Constant(value, first.hasUnicodeKind() ? "u" : null, first.token.lineno,
                first.token.colOffset, last.endLineno, last.endColOffset);
    }
}
