package org.taipan.parse;

import java.util.Arrays;

/**
 * The parser's view of the token stream: tokens are pulled lazily from the {@link Tokenizer} into
 * an array, so backtracking is just resetting an index. How far the tokenizer has been pulled
 * ({@link #fill()}) is what CPython uses to place a generic "invalid syntax" error.
 */
final class TokenStream {
    private final Tokenizer tokenizer;
    private Token[] tokens = new Token[256];
    private int fill;
    /** Index of the current (next unconsumed) token. */
    int pos;

    /**
     * For "single" input CPython turns the first ENDMARKER into a NEWLINE (so that a compound
     * statement can be followed by its NEWLINE); the real ENDMARKER comes next. Not when the
     * input holds no token at all.
     */
    boolean singleInput;
    private Token pendingEndMarker;

    /** The NEWLINE put in place of ENDMARKER for "single" input: like ENDMARKER, no column. */
    private Token insertedNewline;
    /** Set when the tokenizer raised: its error is final (no draining for a later one). */
    boolean tokenizerFailed;

    TokenStream(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    private Token nextFromTokenizer() {
        if (pendingEndMarker != null) {
            Token t = pendingEndMarker;
            pendingEndMarker = null;
            singleInput = false;
            return t;
        }
        Token t;
        try {
            t = tokenizer.next();
        } catch (SyntaxErrorException e) {
            tokenizerFailed = true;
            throw e;
        }
        if (singleInput && t.type == TokenType.ENDMARKER && fill > 0) {
            pendingEndMarker = t;
            insertedNewline = new Token(TokenType.NEWLINE, "", t.lineno, t.colOffset, t.endLineno,
                    t.endColOffset, t.start, t.end);
            return insertedNewline;
        }
        return t;
    }

    /**
     * True for tokens CPython gives column -1 (INDENT, DEDENT, ENDMARKER, the NEWLINE inserted
     * for "single" input): an error there is placed at the tokenizer's position.
     */
    boolean hasNoColumn(Token t) {
        TokenType type = t.type;
        return type == TokenType.INDENT || type == TokenType.DEDENT
                || type == TokenType.ENDMARKER || t == insertedNewline;
    }

    Tokenizer tokenizer() {
        return tokenizer;
    }

    /** The current token, fetching it if needed. */
    Token peek() {
        int p = pos;
        if (p < fill) {
            return tokens[p];
        }
        return fetch(p);
    }

    /** The token {@code k} positions after the current one. */
    Token peek(int k) {
        int p = pos + k;
        if (p < fill) {
            return tokens[p];
        }
        return fetch(p);
    }

    TokenType type() {
        int p = pos;
        if (p < fill) {
            return tokens[p].type;
        }
        return fetch(p).type;
    }

    /** Returns the current token and moves past it. */
    Token next() {
        int p = pos;
        Token t = p < fill ? tokens[p] : fetch(p);
        pos = p + 1;
        return t;
    }

    private Token fetch(int p) {
        while (fill <= p) {
            if (fill == tokens.length) {
                tokens = Arrays.copyOf(tokens, tokens.length * 2);
            }
            // ENDMARKER repeats: never ask the tokenizer past it.
            tokens[fill] = fill > 0 && tokens[fill - 1].type == TokenType.ENDMARKER
                    ? tokens[fill - 1] : nextFromTokenizer();
            fill++;
        }
        return tokens[p];
    }

    /** Tokenizes to the end (a tokenizer error there replaces a generic syntax error, as in CPython). */
    void drain() {
        while (fill == 0 || tokens[fill - 1].type != TokenType.ENDMARKER) {
            fetch(fill);
        }
    }

    /** The token at absolute index {@code i} (already fetched). */
    Token get(int i) {
        return tokens[i];
    }

    /** Number of tokens fetched so far. */
    int fill() {
        return fill;
    }

    /** The last token fetched from the tokenizer (CPython's error location), or null. */
    Token lastFetched() {
        return fill == 0 ? null : tokens[fill - 1];
    }

    /** The last consumed token, skipping NEWLINE/INDENT/DEDENT/ENDMARKER as CPython does for node ends. */
    Token lastNonWhitespace() {
        for (int m = pos - 1; m >= 0; m--) {
            TokenType t = tokens[m].type;
            if (t != TokenType.NEWLINE && t != TokenType.INDENT && t != TokenType.DEDENT
                    && t != TokenType.ENDMARKER) {
                return tokens[m];
            }
        }
        return tokens[0];
    }

    /** The last consumed token. */
    Token last() {
        return tokens[pos - 1];
    }
}
