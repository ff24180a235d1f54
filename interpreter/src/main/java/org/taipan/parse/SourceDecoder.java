package org.taipan.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a source file into text as CPython does: a UTF-8 BOM, a PEP 263 coding
 * declaration on line 1 or 2, UTF-8 by default, and CPython's SyntaxErrors for bytes that do not
 * decode or a declaration that names an unknown encoding.
 *
 * <p>The messages are those of running a file ({@code python3 f.py}), which differ from
 * {@code compile(bytes)}. One CPython quirk is kept in spirit: when UTF-8 is explicit (a BOM or a
 * declaration spelled {@code utf-8}), CPython does not check the bytes up front, so bad bytes in a
 * comment pass; we decode each such byte to the lone surrogate U+DC80..U+DCFF (like Python's
 * {@code surrogateescape}). CPython's later "(unicode error)" is then raised by whoever meets such
 * a surrogate: the {@link Tokenizer} in a name, the literal decoder in a string ({@code Utf8Errors}
 * rebuilds the bytes and Python's message).
 *
 * <p>Errors without a location (a bad declaration, bytes that are not UTF-8) have
 * {@link SyntaxErrorException#NO_LINENO} and no filename, as CPython's have None; note that
 * {@code ast.parse(bytes)} differs here (lineno 0, other messages).
 */
public final class SourceDecoder {
    private static final String PEP_263_HINT = "see https://peps.python.org/pep-0263/ for details";

    private SourceDecoder() {
    }

    /**
     * Decodes as {@code compile(bytes)} and {@code ast.parse(bytes)} do: undecodable UTF-8 bytes
     * pass through (the literal decoder or tokenizer reports them where they are used), and
     * declaration problems are SyntaxErrors at line 0 with offset -1.
     */
    public static String decode(byte[] data, String filename) {
        return decode(data, filename, false);
    }

    /**
     * Decodes a script as {@code python3 FILE} does before running it: undecodable UTF-8 without
     * a declaration is "Non-UTF-8 code starting with ...", and errors carry no location.
     */
    public static String decodeScript(byte[] data, String filename) {
        return decode(data, filename, true);
    }

    private static String decode(byte[] data, String filename, boolean script) {
        boolean bom = data.length >= 3 && (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB
                && (data[2] & 0xff) == 0xBF;
        int start = bom ? 3 : 0;
        String declared = findDeclaration(data, start, filename, script);
        String text;
        if (declared == null) {
            text = bom || !script ? decodeUtf8Leniently(data, start) : decodeUtf8Strictly(data, start, filename);
        } else {
            String name = pythonNormalName(declared);
            if (bom && !name.equals("utf-8")) {
                throw problem("encoding problem: " + name + " with BOM", filename, script);
            }
            if (name.equals("utf-8")) {
                text = decodeUtf8Leniently(data, start);
            } else {
                Charset charset = CodecNames.lookup(name);
                if (charset == null) {
                    throw problem((script ? "encoding problem: " : "unknown encoding: ") + name, filename, script);
                }
                text = decodeStrictly(charset, data, start);
                if (text == null) {
                    throw problem(script ? "encoding problem: " + name : decodeFailure(name, data, start),
                            filename, script);
                }
            }
        }
        if (!script && text.indexOf('\0') >= 0) {
            // compile() checks the whole source up front and gives no location.
            throw new SyntaxErrorException("source code string cannot contain null bytes", null,
                    SyntaxErrorException.NO_LINENO, 0, null, 0, 0);
        }
        checkNoNul(text, filename);
        return text;
    }

    /** The codec error text compile() reports for source that does not decode in its declared encoding. */
    private static String decodeFailure(String name, byte[] data, int start) {
        int bad = start;
        if (name.equals("ascii") || name.equals("us-ascii")) {
            while (bad < data.length && data[bad] >= 0) {
                bad++;
            }
            return String.format("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)",
                    data[bad] & 0xff, bad);
        }
        return "encoding problem: " + name;
    }

    /**
     * The encoding named on line 1, or on line 2 when line 1 holds only blanks and/or a comment.
     * A line 1 that is not valid UTF-8 stops the search with CPython's error, as CPython decodes
     * it before reading line 2.
     */
    private static String findDeclaration(byte[] data, int start, String filename, boolean script) {
        int end1 = lineEnd(data, start);
        String spec = codingSpec(data, start, end1);
        if (spec != null) {
            return spec;
        }
        if (!onlyBlanksOrComment(data, start, end1)) {
            return null;
        }
        int start2 = nextLine(data, end1);
        if (start2 >= data.length) {
            return null;
        }
        if (start == 0 && script) {
            decodeUtf8Strictly(java.util.Arrays.copyOfRange(data, 0, start2), 0, filename);
        }
        return codingSpec(data, start2, lineEnd(data, start2));
    }

    /** PEP 263: a comment line containing "coding:" or "coding=" followed by a name. */
    private static String codingSpec(byte[] data, int from, int to) {
        int i = from;
        while (i < to && (data[i] == ' ' || data[i] == '\t' || data[i] == '\f')) {
            i++;
        }
        if (i >= to || data[i] != '#') {
            return null;
        }
        for (; i + 6 < to; i++) {
            if (data[i] == 'c' && data[i + 1] == 'o' && data[i + 2] == 'd' && data[i + 3] == 'i'
                    && data[i + 4] == 'n' && data[i + 5] == 'g' && (data[i + 6] == ':' || data[i + 6] == '=')) {
                int j = i + 7;
                while (j < to && (data[j] == ' ' || data[j] == '\t')) {
                    j++;
                }
                int nameStart = j;
                while (j < to && isNameByte(data[j])) {
                    j++;
                }
                if (j > nameStart) {
                    return new String(data, nameStart, j - nameStart, StandardCharsets.ISO_8859_1);
                }
            }
        }
        return null;
    }

    private static boolean isNameByte(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-'
                || b == '_' || b == '.';
    }

    private static boolean onlyBlanksOrComment(byte[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = data[i];
            if (b == '#') {
                return true;
            }
            if (b != ' ' && b != '\t' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    /** CPython maps the spellings of UTF-8 and Latin-1 to one name before looking up the codec. */
    private static String pythonNormalName(String name) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length() && i < 12; i++) {
            char c = name.charAt(i);
            b.append(c == '_' ? '-' : Character.toLowerCase(c));
        }
        String s = b.toString();
        if (s.equals("utf-8") || s.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (s.equals("latin-1") || s.equals("iso-8859-1") || s.equals("iso-latin-1")
                || s.startsWith("latin-1-") || s.startsWith("iso-8859-1-") || s.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return name;
    }

    private static String decodeUtf8Strictly(byte[] data, int start, String filename) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data, start, data.length - start);
        CharBuffer out = CharBuffer.allocate(data.length - start + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            for (int i = start; i < bad; i++) {
                if (data[i] == '\n' || data[i] == '\r' && (i + 1 >= data.length || data[i + 1] != '\n')) {
                    line++;
                }
            }
            throw problem(String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                    + "but no encoding declared; %s", data[bad] & 0xff, filename, line, PEP_263_HINT), filename, true);
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** UTF-8 where each byte of an invalid sequence becomes U+DC80..U+DCFF. */
    private static String decodeUtf8Leniently(byte[] data, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data, start, data.length - start);
        CharBuffer out = CharBuffer.allocate(data.length - start + 1);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (!result.isError()) {
                break;
            }
            for (int k = 0; k < result.length(); k++) {
                out.put((char) (0xDC00 | (in.get() & 0xff)));
            }
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** The text in {@code charset}, or null if some bytes do not decode. */
    private static String decodeStrictly(Charset charset, byte[] data, int start) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, start, data.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static void checkNoNul(String text, String filename) {
        int nul = text.indexOf('\0');
        if (nul < 0) {
            return;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < nul; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        // CPython shows the line up to the NUL, with offset 0.
        throw new SyntaxErrorException("source code cannot contain null bytes", filename, line, 0,
                text.substring(lineStart, nul), line, 0);
    }

    /**
     * A declaration problem: running a script, CPython gives no location (lineno and filename
     * None); compile() gives the filename, line 0 and offset -1.
     */
    private static SyntaxErrorException problem(String msg, String filename, boolean script) {
        return script
                ? new SyntaxErrorException(msg, null, SyntaxErrorException.NO_LINENO, 0, null, 0, 0)
                : new SyntaxErrorException(msg, filename, 0, -1, null, 0, 0);
    }

    private static int lineEnd(byte[] data, int from) {
        int i = from;
        while (i < data.length && data[i] != '\n' && data[i] != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLine(byte[] data, int lineEnd) {
        if (lineEnd < data.length && data[lineEnd] == '\r' && lineEnd + 1 < data.length && data[lineEnd + 1] == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }
}
