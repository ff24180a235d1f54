package org.taipan.parse;

/**
 * A string or bytes literal whose escapes cannot be decoded. It carries CPython's full message
 * (e.g. {@code (unicode error) 'unicodeescape' codec can't ...}); the caller knows where CPython
 * reports it and turns it into a {@link SyntaxErrorException}.
 */
final class LiteralDecodeException extends Exception {
    LiteralDecodeException(String message) {
        super(message, null, false, false);
    }
}
