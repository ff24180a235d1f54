package org.taipan.parse;

import java.util.ArrayList;
import java.util.List;
import org.taipan.ast.Constant;
import org.taipan.ast.Expr;
import org.taipan.ast.JoinedStr;

/**
 * Collects the parts of a string concatenation or an f-string format spec as CPython does:
 * adjacent literal text is merged (across tokens too) into one Constant, empty text is dropped,
 * and the result is a plain Constant unless an f-string took part. Text is kept as UTF-16 with
 * its {@link SurrogateSplits}, so that a Constant is a {@link org.taipan.ast.CodePointString}
 * exactly when surrogate code points written apart would otherwise merge.
 */
final class JoinedStrBuilder {
    private final List<Expr> values = new ArrayList<>();
    /** Literal text not yet turned into a Constant: a String, a StringBuilder once appended to. */
    private CharSequence pending;
    /** The surrogate splits of {@link #pending}; null until there is one. */
    private SurrogateSplits pendingSplits;
    private boolean fstring;

    /** Marks that an f-string is part of this, so the result is a JoinedStr. */
    void markFString() {
        fstring = true;
    }

    /** Adds literal text without lone surrogates from escapes (f-string debug text). */
    void addLiteral(String text) {
        addLiteral(text, null);
    }

    /** Adds literal text with its surrogate splits ({@code textSplits} may be null). */
    void addLiteral(String text, SurrogateSplits textSplits) {
        if (text.isEmpty()) {
            return;
        }
        int offset = pending == null ? 0 : pending.length();
        // A high surrogate ending the text so far is a lone one (pieces never cut a pair), so a
        // low surrogate starting this piece is a code point of its own (two escapes in a row,
        // each in its own literal).
        if (offset > 0 && Character.isHighSurrogate(pending.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(0))) {
            splits().add(offset);
        }
        if (textSplits != null && !textSplits.isEmpty()) {
            splits().addAll(textSplits, offset);
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
            return textConstant(pending == null ? "" : pending.toString(), first, last);
        }
        flush(first, last);
        return new JoinedStr(values, first.token.lineno, first.token.colOffset, last.endLineno,
                last.endColOffset);
    }

    private void flush(StringLiteral first, Token last) {
        if (pending != null) {
            values.add(textConstant(pending.toString(), first, last));
            pending = null;
        }
    }

    private SurrogateSplits splits() {
        if (pendingSplits == null) {
            pendingSplits = new SurrogateSplits();
        }
        return pendingSplits;
    }

    /** A Constant for the pending text, whose splits are then dropped. */
    private Constant textConstant(String text, StringLiteral first, Token last) {
        Object value = text;
        if (pendingSplits != null && !pendingSplits.isEmpty()) {
            value = pendingSplits.strValue(text);
            pendingSplits.clear();
        }
        return constant(value, first, last);
    }

    // CPython takes the kind from the first token of the span, even for later parts.
    private static Constant constant(Object value, StringLiteral first, Token last) {
        return new Constant(value, first.hasUnicodeKind() ? "u" : null, first.token.lineno,
                first.token.colOffset, last.endLineno, last.endColOffset);
    }
}
