package org.taipan.objects;

import java.io.ByteArrayOutputStream;

/**
 * The built-in text codecs of {@code str.encode} and {@code bytes.decode} (utf-8, ascii,
 * latin-1, utf-16/32 with their BOM rules, cp1252) with the standard error handlers (strict,
 * ignore, replace, backslashreplace, xmlcharrefreplace, surrogateescape, surrogatepass) and
 * CPython's UnicodeEncodeError/UnicodeDecodeError ranges and reasons.
 */
final class UnicodeCodecs {
    private UnicodeCodecs() {
    }

    private static final int UTF8 = 0;
    private static final int ASCII = 1;
    private static final int LATIN1 = 2;
    private static final int CP1252 = 3;
    private static final int UTF16 = 4;
    private static final int UTF16LE = 5;
    private static final int UTF16BE = 6;
    private static final int UTF32 = 7;
    private static final int UTF32LE = 8;
    private static final int UTF32BE = 9;
    private static final int UTF8SIG = 10;

    private static final String[] NAMES = {"utf-8", "ascii", "latin-1", "charmap", "utf-16", "utf-16-le", "utf-16-be",
        "utf-32", "utf-32-le", "utf-32-be", "utf-8"};

    /** Windows-1252 bytes 0x80..0x9F (-1: undefined); the other bytes are Latin-1. */
    private static final int[] CP1252_HIGH = {
        0x20AC, -1, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017D, -1,
        -1, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, -1, 0x017E, 0x0178,
    };

    /** The codec for an encoding name, normalised like CPython's (case, '-', ' ' and '_' alike). */
    static int lookup(String encoding) {
        if (encoding.equals("utf-8")) {
            return UTF8;
        }
        String n = encoding.toLowerCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        switch (n) {
            case "utf_8": case "utf8": case "u8": case "utf": case "cp65001": case "utf8_ucs2": case "utf8_ucs4":
                return UTF8;
            case "utf_8_sig": case "utf8_sig":
                return UTF8SIG;
            case "ascii": case "us_ascii": case "646": case "us": case "ansi_x3.4_1968": case "iso646_us":
                return ASCII;
            case "latin_1": case "latin1": case "latin": case "iso_8859_1": case "iso8859_1": case "8859": case "cp819":
            case "l1": case "iso_ir_100": case "csisolatin1": case "iso_8859_1:1987":
                return LATIN1;
            case "cp1252": case "windows_1252": case "1252":
                return CP1252;
            case "utf_16": case "utf16": case "u16":
                return UTF16;
            case "utf_16_le": case "utf_16le":
                return UTF16LE;
            case "utf_16_be": case "utf_16be":
                return UTF16BE;
            case "utf_32": case "utf32": case "u32":
                return UTF32;
            case "utf_32_le": case "utf_32le":
                return UTF32LE;
            case "utf_32_be": case "utf_32be":
                return UTF32BE;
            default:
                throw PyExc.raise(PyExc.LookupError, "unknown encoding: " + encoding);
        }
    }

    private static void checkHandler(String errors) {
        switch (errors) {
            case "strict": case "ignore": case "replace": case "backslashreplace": case "xmlcharrefreplace":
            case "surrogateescape": case "surrogatepass": case "namereplace":
                return;
            default:
                throw PyExc.raise(PyExc.LookupError, "unknown error handler name '" + errors + "'");
        }
    }

    // --- encoding ---

    static byte[] encode(PyUnicode s, String encoding, String errors) {
        int codec = lookup(encoding);
        if (codec == UTF8SIG) {
            byte[] body = encode(s, "utf-8", errors);
            byte[] out = new byte[body.length + 3];
            out[0] = (byte) 0xEF;
            out[1] = (byte) 0xBB;
            out[2] = (byte) 0xBF;
            System.arraycopy(body, 0, out, 3, body.length);
            return out;
        }
        String v = s.value;
        if (!s.hasSplitPairs() && (codec == UTF8 || codec == ASCII || codec == LATIN1 || codec == CP1252)) {
            int limit = codec == UTF8 || codec == ASCII ? 0x80 : 0x100;
            int i = 0;
            while (i < v.length() && v.charAt(i) < limit) {
                i++;
            }
            if (i == v.length() && (codec != CP1252 || noCp1252Gap(v))) {
                byte[] out = new byte[v.length()];
                for (int k = 0; k < out.length; k++) {
                    out[k] = (byte) v.charAt(k);
                }
                return out;
            }
        }
        int[] cps = s.codePoints();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length + 16);
        String name = NAMES[codec];
        boolean little = codec != UTF16BE && codec != UTF32BE;
        if (codec == UTF16) {
            out.write(0xFF);
            out.write(0xFE);
        } else if (codec == UTF32) {
            put32(out, 0xFEFF, true);
        }
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            if (encodable(codec, cp)) {
                putChar(out, codec, cp, little);
                i++;
                continue;
            }
            if (errors.equals("surrogateescape")) {
                if (cp >= 0xDC80 && cp <= 0xDCFF && codec != UTF16 && codec != UTF32 && codec != UTF16LE
                        && codec != UTF16BE && codec != UTF32LE && codec != UTF32BE) {
                    out.write(cp - 0xDC00);
                    i++;
                    continue;
                }
                throw encodeError(name, s, i, i + 1, reason(codec));
            }
            int end = i + 1;
            while (end < cps.length && !encodable(codec, cps[end])) {
                end++;
            }
            checkHandler(errors);
            switch (errors) {
                case "strict":
                    throw encodeError(name, s, i, end, reason(codec));
                case "ignore":
                    break;
                case "replace":
                    for (int k = i; k < end; k++) {
                        putChar(out, codec, '?', little);
                    }
                    break;
                case "backslashreplace":
                    for (int k = i; k < end; k++) {
                        putAscii(out, codec, escape(cps[k]), little);
                    }
                    break;
                case "namereplace":
                    for (int k = i; k < end; k++) {
                        String charName = UnicodeNames.name(cps[k]);
                        putAscii(out, codec, charName == null ? escape(cps[k]) : "\\N{" + charName + "}", little);
                    }
                    break;
                case "xmlcharrefreplace":
                    for (int k = i; k < end; k++) {
                        putAscii(out, codec, "&#" + cps[k] + ";", little);
                    }
                    break;
                case "surrogatepass":
                    if (codec == ASCII || codec == LATIN1 || codec == CP1252) {
                        throw encodeError(name, s, i, end, reason(codec));
                    }
                    for (int k = i; k < end; k++) {
                        if (!Character.isSurrogate((char) cps[k]) || cps[k] > 0xFFFF) {
                            throw encodeError(name, s, k, k + 1, reason(codec));
                        }
                        putRaw(out, codec, cps[k], little);
                    }
                    break;
                default:
                    throw encodeError(name, s, i, end, reason(codec));
            }
            i = end;
        }
        return out.toByteArray();
    }

    private static boolean noCp1252Gap(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= 0x80 && c < 0xA0) {
                return false;
            }
        }
        return true;
    }

    private static String reason(int codec) {
        switch (codec) {
            case ASCII: return "ordinal not in range(128)";
            case LATIN1: return "ordinal not in range(256)";
            case CP1252: return "character maps to <undefined>";
            default: return "surrogates not allowed";
        }
    }

    private static boolean encodable(int codec, int cp) {
        switch (codec) {
            case ASCII: return cp < 0x80;
            case LATIN1: return cp < 0x100;
            case CP1252: return cp < 0x80 || cp >= 0xA0 && cp < 0x100 || cp1252Byte(cp) >= 0;
            default: return cp < 0xD800 || cp > 0xDFFF;
        }
    }

    private static int cp1252Byte(int cp) {
        for (int k = 0; k < 32; k++) {
            if (CP1252_HIGH[k] == cp) {
                return 0x80 + k;
            }
        }
        return -1;
    }

    private static void putChar(ByteArrayOutputStream out, int codec, int cp, boolean little) {
        switch (codec) {
            case ASCII: case LATIN1:
                out.write(cp);
                return;
            case CP1252:
                out.write(cp < 0x80 || cp >= 0xA0 && cp < 0x100 ? cp : cp1252Byte(cp));
                return;
            default:
                putRaw(out, codec, cp, little);
        }
    }

    /** A code point in a Unicode encoding form (surrogates written as they are: surrogatepass). */
    private static void putRaw(ByteArrayOutputStream out, int codec, int cp, boolean little) {
        switch (codec) {
            case UTF8:
                if (cp < 0x80) {
                    out.write(cp);
                } else if (cp < 0x800) {
                    out.write(0xC0 | cp >> 6);
                    out.write(0x80 | cp & 0x3F);
                } else if (cp < 0x10000) {
                    out.write(0xE0 | cp >> 12);
                    out.write(0x80 | cp >> 6 & 0x3F);
                    out.write(0x80 | cp & 0x3F);
                } else {
                    out.write(0xF0 | cp >> 18);
                    out.write(0x80 | cp >> 12 & 0x3F);
                    out.write(0x80 | cp >> 6 & 0x3F);
                    out.write(0x80 | cp & 0x3F);
                }
                return;
            case UTF16: case UTF16LE: case UTF16BE:
                if (cp >= 0x10000) {
                    put16(out, Character.highSurrogate(cp), little);
                    put16(out, Character.lowSurrogate(cp), little);
                } else {
                    put16(out, cp, little);
                }
                return;
            default:
                put32(out, cp, little);
        }
    }

    private static void put16(ByteArrayOutputStream out, int u, boolean little) {
        if (little) {
            out.write(u & 0xFF);
            out.write(u >> 8 & 0xFF);
        } else {
            out.write(u >> 8 & 0xFF);
            out.write(u & 0xFF);
        }
    }

    private static void put32(ByteArrayOutputStream out, int u, boolean little) {
        if (little) {
            put16(out, u & 0xFFFF, true);
            put16(out, u >>> 16, true);
        } else {
            put16(out, u >>> 16, false);
            put16(out, u & 0xFFFF, false);
        }
    }

    private static void putAscii(ByteArrayOutputStream out, int codec, String s, boolean little) {
        for (int k = 0; k < s.length(); k++) {
            putChar(out, codec, s.charAt(k), little);
        }
    }

    /** {@code \xNN}, {@code \\uNNNN} or {@code \\UNNNNNNNN}: the backslashreplace form of a code point. */
    static String escape(int cp) {
        if (cp < 0x100) {
            return String.format("\\x%02x", cp);
        }
        if (cp < 0x10000) {
            return String.format("\\u%04x", cp);
        }
        return String.format("\\U%08x", cp);
    }

    static PyException encodeError(String encoding, PyUnicode s, int start, int end, String reason) {
        return UnicodeErrors.encodeError(encoding, s, start, end, reason);
    }

    // --- decoding ---

    static PyUnicode decode(byte[] b, int off, int len, String encoding, String errors) {
        int codec = lookup(encoding);
        if (codec == UTF8SIG) {
            boolean bom = len >= 3 && (b[off] & 0xFF) == 0xEF && (b[off + 1] & 0xFF) == 0xBB && (b[off + 2] & 0xFF) == 0xBF;
            return bom ? decode(b, off + 3, len - 3, "utf-8", errors) : decode(b, off, len, "utf-8", errors);
        }
        switch (codec) {
            case UTF8: case ASCII: case LATIN1: {
                int i = off;
                int end = off + len;
                while (i < end && b[i] >= 0) {
                    i++;
                }
                if (i == end || codec == LATIN1) {
                    return PyUnicode.of(new String(b, off, len, java.nio.charset.StandardCharsets.ISO_8859_1));
                }
                break;
            }
            default:
                break;
        }
        Decoder d = new Decoder(b, off, len, NAMES[codec], errors);
        switch (codec) {
            case UTF8: d.utf8(); break;
            case ASCII: d.single(true); break;
            case CP1252: d.single(false); break;
            case UTF16: case UTF16LE: case UTF16BE: d.utf16(codec); break;
            default: d.utf32(codec); break;
        }
        return d.result();
    }

    /** One decoding run: appends code points, calling the error handler on each bad range. */
    private static final class Decoder {
        final byte[] b;
        final int base;
        final int end;
        String name;
        final String errors;
        int[] out;
        int n;

        Decoder(byte[] b, int off, int len, String name, String errors) {
            this.b = b;
            this.base = off;
            this.end = off + len;
            this.name = name;
            this.errors = errors;
            this.out = new int[len + 4];
        }

        void add(int cp) {
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2 + 4);
            }
            out[n++] = cp;
        }

        int at(int i) {
            return b[i] & 0xFF;
        }

        PyUnicode result() {
            return PyUnicode.fromCodePoints(out, 0, n);
        }

        /** Handles bytes [start, stop) (absolute indexes) as an error. */
        void error(int start, int stop, String reason) {
            checkHandler(errors);
            switch (errors) {
                case "ignore":
                    return;
                case "replace":
                    add(0xFFFD);
                    return;
                case "backslashreplace":
                    for (int k = start; k < stop; k++) {
                        String e = escape(at(k));
                        for (int q = 0; q < e.length(); q++) {
                            add(e.charAt(q));
                        }
                    }
                    return;
                case "surrogateescape":
                    for (int k = start; k < stop; k++) {
                        if (at(k) < 128) {
                            throw decodeError(start, stop, reason);
                        }
                    }
                    for (int k = start; k < stop; k++) {
                        add(0xDC00 + at(k));
                    }
                    return;
                case "xmlcharrefreplace": case "namereplace":
                    throw PyExc.typeError("don't know how to handle UnicodeDecodeError in error callback");
                default:
                    throw decodeError(start, stop, reason);
            }
        }

        PyException decodeError(int start, int stop, String reason) {
            byte[] obj = java.util.Arrays.copyOfRange(b, base, end);
            return UnicodeErrors.decodeError(name, obj, start - base, stop - base, reason);
        }

        void single(boolean ascii) {
            for (int i = base; i < end; i++) {
                int c = at(i);
                if (c < 0x80) {
                    add(c);
                } else if (ascii) {
                    error(i, i + 1, "ordinal not in range(128)");
                } else if (c >= 0xA0) {
                    add(c);
                } else if (CP1252_HIGH[c - 0x80] >= 0) {
                    add(CP1252_HIGH[c - 0x80]);
                } else {
                    error(i, i + 1, "character maps to <undefined>");
                }
            }
        }

        void utf8() {
            boolean pass = errors.equals("surrogatepass");
            int i = base;
            while (i < end) {
                int c = at(i);
                if (c < 0x80) {
                    add(c);
                    i++;
                    continue;
                }
                int need;
                int cp;
                int lo = 0x80;
                int hi = 0xBF;
                if (c >= 0xC2 && c <= 0xDF) {
                    need = 1;
                    cp = c & 0x1F;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    need = 2;
                    cp = c & 0x0F;
                    if (c == 0xE0) {
                        lo = 0xA0;
                    } else if (c == 0xED && !pass) {
                        hi = 0x9F;
                    }
                } else if (c >= 0xF0 && c <= 0xF4) {
                    need = 3;
                    cp = c & 0x07;
                    if (c == 0xF0) {
                        lo = 0x90;
                    } else if (c == 0xF4) {
                        hi = 0x8F;
                    }
                } else {
                    error(i, i + 1, "invalid start byte");
                    i++;
                    continue;
                }
                int k = 1;
                boolean bad = false;
                while (k <= need) {
                    if (i + k >= end) {
                        break;
                    }
                    int x = at(i + k);
                    if (k == 1 ? x < lo || x > hi : x < 0x80 || x > 0xBF) {
                        bad = true;
                        break;
                    }
                    cp = cp << 6 | x & 0x3F;
                    k++;
                }
                if (k > need) {
                    if (cp >= 0xD800 && cp <= 0xDFFF && !pass) {
                        error(i, i + 1, "invalid continuation byte");
                        i++;
                        continue;
                    }
                    add(cp);
                    i += need + 1;
                } else if (bad) {
                    error(i, i + k, "invalid continuation byte");
                    i += k;
                } else {
                    error(i, end, "unexpected end of data");
                    i = end;
                }
            }
        }

        void utf16(int codec) {
            boolean little = codec != UTF16BE;
            int i = base;
            if (codec == UTF16 && end - i >= 2) {
                if (at(i) == 0xFF && at(i + 1) == 0xFE) {
                    i += 2;
                } else if (at(i) == 0xFE && at(i + 1) == 0xFF) {
                    little = false;
                    i += 2;
                }
            }
            if (codec == UTF16) {
                name = little ? "utf-16-le" : "utf-16-be";
            }
            boolean pass = errors.equals("surrogatepass");
            while (i < end) {
                if (end - i < 2) {
                    error(i, end, "truncated data");
                    break;
                }
                int u = little ? at(i) | at(i + 1) << 8 : at(i) << 8 | at(i + 1);
                if (u < 0xD800 || u > 0xDFFF) {
                    add(u);
                    i += 2;
                } else if (u >= 0xDC00) {
                    if (pass) {
                        add(u);
                    } else {
                        error(i, i + 2, "illegal encoding");
                    }
                    i += 2;
                } else if (end - i < 4) {
                    if (pass) {
                        add(u);
                        i += 2;
                        continue;
                    }
                    error(i, end, "unexpected end of data");
                    break;
                } else {
                    int w = little ? at(i + 2) | at(i + 3) << 8 : at(i + 2) << 8 | at(i + 3);
                    if (w >= 0xDC00 && w <= 0xDFFF) {
                        add(Character.toCodePoint((char) u, (char) w));
                        i += 4;
                    } else {
                        if (pass) {
                            add(u);
                        } else {
                            error(i, i + 2, "illegal UTF-16 surrogate");
                        }
                        i += 2;
                    }
                }
            }
        }

        void utf32(int codec) {
            boolean little = codec != UTF32BE;
            int i = base;
            if (codec == UTF32 && end - i >= 4) {
                if (at(i) == 0xFF && at(i + 1) == 0xFE && at(i + 2) == 0 && at(i + 3) == 0) {
                    i += 4;
                } else if (at(i) == 0 && at(i + 1) == 0 && at(i + 2) == 0xFE && at(i + 3) == 0xFF) {
                    little = false;
                    i += 4;
                }
            }
            if (codec == UTF32) {
                name = little ? "utf-32-le" : "utf-32-be";
            }
            boolean pass = errors.equals("surrogatepass");
            while (i < end) {
                if (end - i < 4) {
                    error(i, end, "truncated data");
                    break;
                }
                long u = little ? (at(i) | at(i + 1) << 8 | at(i + 2) << 16 | (long) at(i + 3) << 24)
                        : ((long) at(i) << 24 | at(i + 1) << 16 | at(i + 2) << 8 | at(i + 3));
                if (u > 0x10FFFF) {
                    error(i, i + 4, "code point not in range(0x110000)");
                } else if (u >= 0xD800 && u <= 0xDFFF && !pass) {
                    error(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
                } else {
                    add((int) u);
                }
                i += 4;
            }
        }
    }
}
