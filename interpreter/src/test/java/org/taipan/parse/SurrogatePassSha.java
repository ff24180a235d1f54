package org.taipan.parse;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The short hash the golden recorder uses: first 16 hex digits of SHA-256 over UTF-8 bytes, where
 * a lone surrogate is encoded as its own 3-byte sequence, exactly as Python's
 * {@code str.encode('utf-8', errors='surrogatepass')} does (Java's encoder would write '?').
 */
final class SurrogatePassSha {
    private SurrogatePassSha() {
    }

    static String ofText(String text) {
        MessageDigest sha = newSha256();
        byte[] buf = new byte[8192];
        int n = 0;
        int len = text.length();
        for (int i = 0; i < len; i++) {
            if (n > buf.length - 4) {
                sha.update(buf, 0, n);
                n = 0;
            }
            char c = text.charAt(i);
            if (c < 0x80) {
                buf[n++] = (byte) c;
            } else if (c < 0x800) {
                buf[n++] = (byte) (0xC0 | (c >> 6));
                buf[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < len
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                buf[n++] = (byte) (0xF0 | (cp >> 18));
                buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[n++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                // Any other BMP char, lone surrogates included (that is what surrogatepass means).
                buf[n++] = (byte) (0xE0 | (c >> 12));
                buf[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        sha.update(buf, 0, n);
        return shortHex(sha.digest());
    }

    static String ofBytes(byte[] data) {
        return shortHex(newSha256().digest(data));
    }

    private static String shortHex(byte[] digest) {
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 8; i++) {
            sb.append(Character.forDigit((digest[i] >> 4) & 0xF, 16));
            sb.append(Character.forDigit(digest[i] & 0xF, 16));
        }
        return sb.toString();
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JVM has SHA-256", e);
        }
    }
}
