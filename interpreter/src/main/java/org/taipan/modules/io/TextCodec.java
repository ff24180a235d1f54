package org.taipan.modules.io;

import java.util.Arrays;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyUnicode;

/**
 * The incremental decoder and encoder of one text stream: chunks of bytes become text with an
 * incomplete trailing sequence held back for the next chunk, and byte-order marks are read or
 * written once at the start (utf-16, utf-32, utf-8-sig). The conversions themselves are
 * {@code bytes.decode} and {@code str.encode}, so error handlers behave as there.
 */
final class TextCodec {
    enum Family { UTF8, UTF8_SIG, UTF16, UTF32, SINGLE_BYTE, OTHER }

    final String errors;
    final Family family;
    /** The codec for chunks after the first (the byte order a BOM chose). */
    private String decodeName;
    private String encodeName;
    private final String baseName;
    /** The codec without a BOM, little-endian (the default byte order) until a BOM says otherwise. */
    private String plainName;
    private final boolean usesBom;
    private boolean decodeStart = true;
    private boolean encodeStart = true;
    byte[] pending = new byte[0];
    /** BOM bytes the last {@link #decode} consumed (only at the start of the stream). */
    int bomBytes;

    TextCodec(String encoding, String errors) {
        this.errors = errors;
        // validates the name the way str.encode does (LookupError: unknown encoding: X)
        Abstract.callMethod(PyUnicode.of(""), "encode", PyUnicode.of(encoding), PyUnicode.of(errors));
        String n = normalize(encoding);
        this.baseName = encoding;
        switch (n) {
            case "utf-8": case "utf8": case "u8": case "utf": case "cp65001":
                family = Family.UTF8; plainName = "utf-8"; break;
            case "utf-8-sig": case "utf8-sig":
                family = Family.UTF8_SIG; plainName = "utf-8"; break;
            case "utf-16": case "utf16": case "u16":
                family = Family.UTF16; plainName = "utf-16-le"; break;
            case "utf-16-le": case "utf-16le": case "utf-16-be": case "utf-16be":
                family = Family.UTF16; plainName = encoding; break;
            case "utf-32": case "utf32": case "u32":
                family = Family.UTF32; plainName = "utf-32-le"; break;
            case "utf-32-le": case "utf-32le": case "utf-32-be": case "utf-32be":
                family = Family.UTF32; plainName = encoding; break;
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "l1": case "8859":
            case "ascii": case "us-ascii": case "646": case "cp1252": case "windows-1252": case "cp819":
                family = Family.SINGLE_BYTE; plainName = encoding; break;
            default:
                family = Family.OTHER; plainName = encoding; break;
        }
        boolean hasBom = n.equals("utf-16") || n.equals("utf16") || n.equals("u16") || n.equals("utf-32")
                || n.equals("utf32") || n.equals("u32") || family == Family.UTF8_SIG;
        usesBom = hasBom;
        decodeName = hasBom ? encoding : plainName;
        encodeName = hasBom ? encoding : plainName;
        if (!hasBom) {
            decodeStart = encodeStart = false;
        }
    }

    static String normalize(String e) {
        return e.toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-');
    }

    /** Forgets pending bytes; at the start of a stream a BOM is read or written again. */
    void reset(boolean atStart) {
        pending = new byte[0];
        bomBytes = 0;
        if (atStart && usesBom) {
            decodeName = encodeName = baseName;
            decodeStart = encodeStart = true;
        } else {
            decodeName = encodeName = plainName;
            decodeStart = encodeStart = false;
        }
    }

    /** The writer is not at the start of the stream: no BOM. */
    void skipBom() {
        encodeName = plainName;
        encodeStart = false;
    }

    /** How many leading bytes of {@code b} form complete characters. */
    private int complete(byte[] b) {
        int n = b.length;
        switch (family) {
            case UTF8:
            case UTF8_SIG: {
                // back up over at most 3 continuation bytes to a lead byte whose sequence is cut off
                for (int back = 1; back <= Math.min(4, n); back++) {
                    int c = b[n - back] & 0xff;
                    if (c < 0x80) {
                        return n;
                    }
                    if (c >= 0xc0) {
                        int need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
                        return need > back ? n - back : n;
                    }
                }
                return n;
            }
            case UTF16: {
                int k = n & ~1;
                if (k >= 2) {
                    boolean big = decodeName.toLowerCase().contains("be");
                    int hi = big ? b[k - 2] & 0xff : b[k - 1] & 0xff;
                    if (hi >= 0xd8 && hi <= 0xdb) {
                        k -= 2;
                    }
                }
                return k;
            }
            case UTF32:
                return n & ~3;
            default:
                return n;
        }
    }

    /** Decodes {@code data} after the pending bytes; at EOF everything must decode. */
    String decode(byte[] data, boolean eof) {
        byte[] all = pending.length == 0 ? data : concat(pending, data);
        int cut = eof ? all.length : complete(all);
        if (decodeStart && !eof && cut < 4 && (family == Family.UTF16 || family == Family.UTF32 || family == Family.UTF8_SIG)) {
            pending = all;
            return "";
        }
        pending = cut == all.length ? new byte[0] : Arrays.copyOfRange(all, cut, all.length);
        bomBytes = 0;
        if (cut == 0) {
            return "";
        }
        byte[] chunk = cut == all.length ? all : Arrays.copyOf(all, cut);
        if (decodeStart) {
            decodeStart = false;
            bomBytes = bomLength(chunk);
            if (family == Family.UTF16 && bomBytes == 2) {
                plainName = (chunk[0] & 0xff) == 0xfe ? "utf-16-be" : "utf-16-le";
            } else if (family == Family.UTF32 && bomBytes == 4) {
                plainName = (chunk[0] & 0xff) == 0 ? "utf-32-be" : "utf-32-le";
            }
            String s = decodeWith(decodeName, chunk);
            decodeName = plainName;
            return s;
        }
        return decodeWith(decodeName, chunk);
    }

    private int bomLength(byte[] c) {
        int b0 = c.length > 0 ? c[0] & 0xff : -1;
        int b1 = c.length > 1 ? c[1] & 0xff : -1;
        switch (family) {
            case UTF8_SIG:
                return c.length >= 3 && b0 == 0xef && b1 == 0xbb && (c[2] & 0xff) == 0xbf ? 3 : 0;
            case UTF16:
                return b0 == 0xff && b1 == 0xfe || b0 == 0xfe && b1 == 0xff ? 2 : 0;
            case UTF32:
                if (c.length >= 4 && b0 == 0xff && b1 == 0xfe && c[2] == 0 && c[3] == 0) {
                    return 4;
                }
                return c.length >= 4 && b0 == 0 && b1 == 0 && (c[2] & 0xff) == 0xfe && (c[3] & 0xff) == 0xff ? 4 : 0;
            default:
                return 0;
        }
    }

    private String decodeWith(String name, byte[] b) {
        PyObject r = Abstract.callMethod(new PyBytes(b), "decode", PyUnicode.of(name), PyUnicode.of(errors));
        return ((PyUnicode) r).value;
    }

    /** Puts the encoded form of {@code tail} (just decoded) back in front of the pending bytes. */
    void unread(String tail) {
        byte[] b = encodePlain(tail);
        pending = concat(b, pending);
    }

    byte[] encode(String s) {
        if (s.isEmpty()) {
            return new byte[0];
        }
        if (encodeStart) {
            encodeStart = false;
            byte[] b = encodeWith(encodeName, s);
            encodeName = plainName;
            return b;
        }
        return encodeWith(encodeName, s);
    }

    private byte[] encodeWith(String name, String s) {
        PyObject r = Abstract.callMethod(PyUnicode.of(s), "encode", PyUnicode.of(name), PyUnicode.of(errors));
        return ((PyBytes) r).value;
    }

    private byte[] encodePlain(String s) {
        return encodeWith(plainName, s);
    }

    /** The number of bytes {@code s} took in the stream (for tell()). */
    long encodedLength(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        switch (family) {
            case SINGLE_BYTE:
                return s.length();
            case UTF8:
            case UTF8_SIG: {
                long n = 0;
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c < 0x80) {
                        n++;
                    } else if (c < 0x800) {
                        n += 2;
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        n += 4;
                        i++;
                    } else if (c >= 0xdc80 && c <= 0xdcff && errors.equals("surrogateescape")) {
                        n++;
                    } else {
                        n += 3;
                    }
                }
                return n;
            }
            default:
                return encodePlain(s).length;
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
