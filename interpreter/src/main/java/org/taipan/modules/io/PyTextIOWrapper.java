package org.taipan.modules.io;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * {@code _io.TextIOWrapper}: text over a binary buffer (CPython's textio.c): decoding with
 * an incremental {@link TextCodec}, newline translation by the {@code newline} rules, line
 * reading, and {@code tell()} cookies. Our cookies are byte positions of the buffer (CPython's
 * equal them whenever the decoder holds no state, and they round-trip through {@code seek}).
 */
public class PyTextIOWrapper extends PyIOBase {
    public static final PyType TYPE = PyType.builtin("_io.TextIOWrapper", PyIOBase.TEXT, PyTextIOWrapper::setup);
    static final int CHUNK_SIZE = 8192;

    PyObject buffer;
    private PyBuffered fastBuffer;
    String encoding;
    TextCodec codec;
    /** The newline argument; null is None. */
    String newline;
    private boolean readUniversal;
    private boolean readTranslate;
    private String writeNewline;
    boolean lineBuffering;
    boolean writeThrough;
    private boolean detached;
    private boolean seekable;
    private boolean telling = true;

    /** Decoded (and translated) text not yet returned starts at {@code dpos}. */
    private String decoded = "";
    private int dpos;
    /** The same text before newline translation, or null when translation changed nothing. */
    private String rawDecoded;
    /** The buffer position of {@code decoded}'s first byte (-1: unknown). */
    private long snapshot = -1;
    /** BOM bytes before {@code decoded}'s first character. */
    private int snapshotBom;
    private boolean eof;
    private int seenNewlines;
    private static final int SEEN_LF = 1, SEEN_CR = 2, SEEN_CRLF = 4;

    PyTextIOWrapper(PyType type) {
        super(type);
    }

    void init(PyObject buffer, String encoding, String errors, PyObject newlineArg, boolean lineBuffering,
              boolean writeThrough) {
        String nl = null;
        if (newlineArg != null && newlineArg != PyNone.NONE) {
            if (!(newlineArg instanceof PyUnicode)) {
                throw PyExc.typeError("TextIOWrapper() argument 'newline' must be str or None, not "
                        + newlineArg.getType().getName());
            }
            nl = ((PyUnicode) newlineArg).value;
            if (!nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                throw PyExc.valueError("illegal newline value: " + nl);
            }
        }
        if (encoding == null || encoding.equals("locale")) {
            encoding = "UTF-8";
        }
        this.buffer = buffer;
        this.fastBuffer = buffer instanceof PyBuffered && !buffer.getType().isHeapType ? (PyBuffered) buffer : null;
        this.encoding = encoding;
        this.codec = new TextCodec(encoding, errors == null ? "strict" : errors);
        setNewline(nl);
        this.lineBuffering = lineBuffering;
        this.writeThrough = writeThrough;
        this.seekable = Abstract.isTrue(Abstract.callMethod(buffer, "seekable"));
        if (seekable && Abstract.isTrue(Abstract.callMethod(buffer, "writable"))) {
            long pos = Abstract.index(Abstract.callMethod(buffer, "tell")).longValue();
            if (pos != 0) {
                codec.skipBom();
            }
        }
    }

    private void setNewline(String nl) {
        newline = nl;
        readUniversal = nl == null || nl.isEmpty();
        readTranslate = nl == null;
        writeNewline = nl == null || nl.isEmpty() ? "\n" : nl;
    }

    // --- checks ---

    private void checkAttached() {
        if (detached) {
            throw PyExc.valueError("underlying buffer has been detached");
        }
    }

    boolean closed() {
        checkAttached();
        if (fastBuffer != null) {
            return fastBuffer.rawClosed();
        }
        return Abstract.isTrue(Abstract.getAttr(buffer, "closed"));
    }

    private void checkOpen() {
        if (closed()) {
            throw closedError();
        }
    }

    private void checkReadable() {
        if (!Abstract.isTrue(Abstract.callMethod(buffer, "readable"))) {
            throw unsupported("not readable");
        }
    }

    // --- reading ---

    private byte[] readBuffer(int n) {
        if (fastBuffer != null) {
            return fastBuffer.read1(n);
        }
        PyObject r = Abstract.getAttrOrNull(buffer, "read1") != null
                ? Abstract.callMethod(buffer, "read1", PyLong.of(n)) : Abstract.callMethod(buffer, "read", PyLong.of(n));
        return r == PyNone.NONE ? new byte[0] : bytesLike(r);
    }

    private long bufferTell() {
        if (fastBuffer != null) {
            return fastBuffer.tell();
        }
        return Abstract.index(Abstract.callMethod(buffer, "tell")).longValue();
    }

    /** Starts reading afresh at the buffer's position (after a seek, a write, or at first). */
    private void resetDecoder(long position) {
        decoded = "";
        dpos = 0;
        rawDecoded = null;
        eof = false;
        snapshot = position;
        snapshotBom = 0;
        codec.reset(position == 0);
    }

    /**
     * Decodes one more chunk, appending it to the unread text (the consumed part is dropped and
     * the snapshot moved past it). Returns false at the end of the stream.
     */
    private boolean readChunk() {
        if (eof) {
            return false;
        }
        if (snapshot < 0 && decoded.isEmpty() && seekable) {
            snapshot = bufferTell() - codec.pending.length;
        }
        // drop what was consumed, keeping the snapshot exact
        if (dpos > 0) {
            String rawDone = rawPrefix(dpos);
            if (snapshot >= 0) {
                snapshot += snapshotBom + codec.encodedLength(rawDone);
            }
            snapshotBom = 0;
            if (rawDecoded != null) {
                rawDecoded = rawDecoded.substring(rawDone.length());
            }
            decoded = decoded.substring(dpos);
            dpos = 0;
        }
        byte[] data = readBuffer(CHUNK_SIZE);
        boolean atEnd = data.length == 0;
        String text = codec.decode(data, atEnd);
        if (decoded.isEmpty() && rawDecoded == null) {
            snapshotBom += codec.bomBytes;
        }
        if (!atEnd && text.endsWith("\r") && !"\n".equals(newline)) {
            // a "\r" at the end of a chunk may be the first half of "\r\n": decide with the next one
            text = text.substring(0, text.length() - 1);
            codec.unread("\r");
        }
        String translated = text;
        if (readUniversal) {
            noteNewlines(text);
            if (readTranslate && text.indexOf('\r') >= 0) {
                translated = text.replace("\r\n", "\n").replace('\r', '\n');
            }
        }
        if (translated != text || rawDecoded != null) {
            rawDecoded = (rawDecoded == null ? decoded : rawDecoded) + text;
        }
        decoded = decoded + translated;
        if (atEnd) {
            eof = true;
        }
        return !atEnd || !text.isEmpty();
    }

    private void noteNewlines(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                seenNewlines |= SEEN_LF;
            } else if (c == '\r') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    seenNewlines |= SEEN_CRLF;
                    i++;
                } else {
                    seenNewlines |= SEEN_CR;
                }
            }
        }
    }

    /** The untranslated text behind the first {@code k} chars of {@code decoded}. */
    private String rawPrefix(int k) {
        if (rawDecoded == null) {
            return decoded.substring(0, k);
        }
        int i = 0;
        int j = 0;
        while (i < k) {
            if (rawDecoded.charAt(j) == '\r' && j + 1 < rawDecoded.length() && rawDecoded.charAt(j + 1) == '\n') {
                j += 2;
            } else {
                j++;
            }
            i++;
        }
        return rawDecoded.substring(0, j);
    }

    private String take(int end) {
        String s = decoded.substring(dpos, end);
        dpos = end;
        return s;
    }

    String read(long n) {
        checkOpen();
        checkReadable();
        flushWrites();
        if (n < 0) {
            StringBuilder sb = new StringBuilder(decoded.substring(dpos));
            dpos = decoded.length();
            while (readChunk()) {
                sb.append(decoded, dpos, decoded.length());
                dpos = decoded.length();
            }
            return sb.toString();
        }
        while (codePointsAvailable(n) < n && readChunk()) {
            // more text needed
        }
        int end = advance(dpos, n);
        return take(end);
    }

    private long codePointsAvailable(long atMost) {
        long cps = decoded.codePointCount(dpos, decoded.length());
        return Math.min(cps, atMost);
    }

    /** The index {@code n} code points after {@code from}, or the end of the text. */
    private int advance(int from, long n) {
        int i = from;
        int len = decoded.length();
        for (long k = 0; k < n && i < len; k++) {
            i += Character.isHighSurrogate(decoded.charAt(i)) && i + 1 < len ? 2 : 1;
        }
        return Math.min(i, len);
    }

    /** Where the line starting at dpos ends (exclusive), or -1 when not in the decoded text. */
    private int lineEnd() {
        String s = decoded;
        if (readTranslate || "\n".equals(newline)) {
            int i = s.indexOf('\n', dpos);
            return i < 0 ? -1 : i + 1;
        }
        if (readUniversal) {
            for (int i = dpos; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n') {
                    return i + 1;
                }
                if (c == '\r') {
                    if (i + 1 < s.length()) {
                        return s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                    }
                    return eof ? i + 1 : -1;
                }
            }
            return -1;
        }
        int i = s.indexOf(newline, dpos);
        return i < 0 ? -1 : i + newline.length();
    }

    String readline(long limit) {
        checkOpen();
        checkReadable();
        flushWrites();
        while (true) {
            int end = lineEnd();
            if (end >= 0) {
                if (limit >= 0) {
                    end = Math.min(end, advance(dpos, limit));
                }
                return take(end);
            }
            if (limit >= 0 && codePointsAvailable(limit) >= limit) {
                return take(advance(dpos, limit));
            }
            if (!readChunk()) {
                return take(decoded.length());
            }
        }
    }

    // --- writing ---

    /** Writes of our own are already in the buffer; reading after them needs nothing more. */
    private void flushWrites() {
        // nothing is held at this layer: every write goes straight to the buffer
    }

    int write(PyObject arg) {
        checkOpen();
        if (!(arg instanceof PyUnicode)) {
            throw PyExc.typeError("write() argument must be str, not " + arg.getType().getName());
        }
        if (!Abstract.isTrue(Abstract.callMethod(buffer, "writable"))) {
            throw unsupported("not writable");
        }
        String s = ((PyUnicode) arg).value;
        // as CPython: text decoded ahead is dropped, the write goes where the buffer stands
        boolean hasLf = s.indexOf('\n') >= 0;
        String text = hasLf && !writeNewline.equals("\n") ? s.replace("\n", writeNewline) : s;
        byte[] b = codec.encode(text);
        if (fastBuffer != null) {
            fastBuffer.write(b);
        } else {
            Abstract.callMethod(buffer, "write", new PyBytes(b));
        }
        decoded = "";
        dpos = 0;
        rawDecoded = null;
        snapshot = -1;
        eof = false;
        codec.pending = new byte[0];
        if (writeThrough || lineBuffering && (hasLf || s.indexOf('\r') >= 0)) {
            Abstract.callMethod(buffer, "flush");
        }
        return ((PyUnicode) arg).length();
    }

    // --- positioning ---

    long tell() {
        checkOpen();
        if (!seekable) {
            throw unsupported("underlying stream is not seekable");
        }
        if (!telling) {
            throw PyExc.raise(PyExc.OSError, "telling position disabled by next() call");
        }
        Abstract.callMethod(buffer, "flush");
        if (snapshot < 0 || decoded.isEmpty() && codec.pending.length == 0) {
            return bufferTell();
        }
        return snapshot + snapshotBom + codec.encodedLength(rawPrefix(dpos));
    }

    long seek(PyObject cookieArg, int whence) {
        checkOpen();
        if (!seekable) {
            throw unsupported("underlying stream is not seekable");
        }
        if (whence < 0 || whence > 2) {
            throw PyExc.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        long cookie = Abstract.index(cookieArg).longValue();
        telling = seekable;
        if (whence == 1) {
            if (cookie != 0) {
                throw unsupported("can't do nonzero cur-relative seeks");
            }
            cookie = tell();
        } else if (whence == 2) {
            if (cookie != 0) {
                throw unsupported("can't do nonzero end-relative seeks");
            }
            Abstract.callMethod(buffer, "flush");
            long pos = Abstract.index(Abstract.callMethod(buffer, "seek", PyLong.of(0), PyLong.of(2))).longValue();
            resetDecoder(pos);
            codec.skipBom();
            return pos;
        }
        if (cookie < 0) {
            throw PyExc.valueError("negative seek position " + cookie);
        }
        Abstract.callMethod(buffer, "flush");
        Abstract.callMethod(buffer, "seek", PyLong.of(cookie));
        resetDecoder(cookie);
        return cookie;
    }

    void close() {
        if (closed()) {
            return;
        }
        try {
            Abstract.callMethod(this, "flush");
        } finally {
            Abstract.callMethod(buffer, "close");
        }
    }

    PyObject newlines() {
        java.util.List<PyObject> kinds = new java.util.ArrayList<>();
        if ((seenNewlines & SEEN_CR) != 0) {
            kinds.add(PyUnicode.of("\r"));
        }
        if ((seenNewlines & SEEN_LF) != 0) {
            kinds.add(PyUnicode.of("\n"));
        }
        if ((seenNewlines & SEEN_CRLF) != 0) {
            kinds.add(PyUnicode.of("\r\n"));
        }
        if (kinds.isEmpty()) {
            return PyNone.NONE;
        }
        return kinds.size() == 1 ? kinds.get(0) : PyTuple.of(kinds);
    }

    private static PyTextIOWrapper self(PyObject o) {
        return (PyTextIOWrapper) o;
    }

    static String optString(PyObject o, String what) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        if (!(o instanceof PyUnicode)) {
            throw PyExc.typeError("TextIOWrapper() argument '" + what + "' must be str or None, not "
                    + o.getType().getName());
        }
        return ((PyUnicode) o).value;
    }

    private static void setup(PyType t) {
        t.newFunc = (type, args, off, nargs, kw) -> new PyTextIOWrapper(type);
        t.init = (self, args, off, nargs, kw) -> {
            PyObject[] p = ArgParser.bind("TextIOWrapper", new String[] {"buffer", "encoding", "errors", "newline",
                "line_buffering", "write_through"}, 0, 1, args, off, nargs, kw);
            self(self).init(p[0], optString(p[1], "encoding"), optString(p[2], "errors"), p[3],
                    p[4] != null && Abstract.isTrue(p[4]), p[5] != null && Abstract.isTrue(p[5]));
        };
        t.method("read", 0, 1, (self, a, off, n) -> PyUnicode.of(self(self).read(size(n > 0 ? a[off] : null))));
        t.method("readline", 0, 1, (self, a, off, n) -> PyUnicode.of(self(self).readline(size(n > 0 ? a[off] : null))));
        t.method("write", (self, s) -> PyLong.of(self(self).write(s)));
        t.method("tell", self -> PyLong.of(self(self).tell()));
        t.method("seek", 1, 2, (self, a, off, n) -> PyLong.of(self(self).seek(a[off], n > 1 ? Abstract.asIndex(a[off + 1]) : 0)));
        t.method("truncate", 0, 1, (self, a, off, n) -> {
            PyTextIOWrapper w = self(self);
            w.checkOpen();
            Abstract.callMethod(self, "flush");
            PyObject pos = n > 0 && a[off] != PyNone.NONE ? a[off] : PyLong.of(w.tell());
            return Abstract.callMethod(w.buffer, "truncate", pos);
        });
        t.method("flush", self -> {
            PyTextIOWrapper w = self(self);
            w.checkOpen();
            w.telling = w.seekable;
            return Abstract.callMethod(w.buffer, "flush");
        });
        t.method("close", self -> {
            self(self).close();
            return PyNone.NONE;
        });
        t.method("detach", self -> {
            PyTextIOWrapper w = self(self);
            w.checkAttached();
            Abstract.callMethod(self, "flush");
            w.detached = true;
            return w.buffer;
        });
        t.methodKw("reconfigure", (self, a, off, n, kw) -> {
            PyTextIOWrapper w = self(self);
            if (n > 0) {
                throw PyExc.typeError("reconfigure() takes no positional arguments");
            }
            PyObject[] p = ArgParser.bind("reconfigure", new String[] {"encoding", "errors", "newline",
                "line_buffering", "write_through"}, 0, 0, a, off, n, kw);
            Abstract.callMethod(self, "flush");
            if (p[0] != null || p[1] != null) {
                String enc = p[0] == null || p[0] == PyNone.NONE ? w.encoding : optString(p[0], "encoding");
                String err = p[1] == null || p[1] == PyNone.NONE ? (p[0] != null ? "strict" : w.codec.errors)
                        : optString(p[1], "errors");
                w.encoding = enc;
                w.codec = new TextCodec(enc, err);
                w.codec.skipBom();
            }
            if (p[2] != null) {
                String nl = optString(p[2], "newline");
                if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                    throw PyExc.valueError("illegal newline value: " + nl);
                }
                w.setNewline(nl);
            }
            if (p[3] != null && p[3] != PyNone.NONE) {
                w.lineBuffering = Abstract.isTrue(p[3]);
            }
            if (p[4] != null && p[4] != PyNone.NONE) {
                w.writeThrough = Abstract.isTrue(p[4]);
            }
            return PyNone.NONE;
        });
        t.getset("closed", self -> PyBool.of(self(self).closed()), null);
        t.getset("buffer", self -> {
            self(self).checkAttached();
            return self(self).buffer;
        }, null);
        t.getset("encoding", self -> PyUnicode.of(self(self).encoding), null);
        t.getset("errors", self -> PyUnicode.of(self(self).codec.errors), null);
        t.getset("newlines", self -> self(self).newlines(), null);
        t.getset("line_buffering", self -> PyBool.of(self(self).lineBuffering), null);
        t.getset("write_through", self -> PyBool.of(self(self).writeThrough), null);
        t.getset("name", self -> {
            self(self).checkAttached();
            return Abstract.getAttr(self(self).buffer, "name");
        }, null);
        t.getset("_CHUNK_SIZE", self -> PyLong.of(CHUNK_SIZE), null);
        t.method("fileno", self -> Abstract.callMethod(self(self).buffer, "fileno"));
        t.method("isatty", self -> Abstract.callMethod(self(self).buffer, "isatty"));
        t.method("readable", self -> {
            self(self).checkAttached();
            return Abstract.callMethod(self(self).buffer, "readable");
        });
        t.method("writable", self -> {
            self(self).checkAttached();
            return Abstract.callMethod(self(self).buffer, "writable");
        });
        t.method("seekable", self -> {
            self(self).checkOpen();
            return PyBool.of(self(self).seekable);
        });
        t.iter = self -> {
            self(self).checkOpen();
            return self;
        };
        t.iternext = self -> {
            PyTextIOWrapper w = self(self);
            w.telling = false;
            String line = w.getType().isHeapType
                    ? ((PyUnicode) Abstract.callMethod(self, "readline")).value : w.readline(-1);
            if (line.isEmpty()) {
                w.telling = w.seekable;
                return null;
            }
            return PyUnicode.of(line);
        };
        t.repr = self -> {
            PyTextIOWrapper w = self(self);
            StringBuilder sb = new StringBuilder("<");
            sb.append(w.getType().isHeapType ? w.getType().getName() : "_io.TextIOWrapper");
            if (w.detached) {
                return PyUnicode.of(sb.append(" detached>").toString());
            }
            PyObject name = Abstract.getAttrOrNull(self, "name");
            if (name != null) {
                sb.append(" name=").append(Abstract.repr(name).value);
            }
            PyObject mode = Abstract.getAttrOrNull(self, "mode");
            if (mode != null) {
                sb.append(" mode=").append(Abstract.repr(mode).value);
            }
            sb.append(" encoding=").append(Abstract.repr(PyUnicode.of(w.encoding)).value);
            return PyUnicode.of(sb.append('>').toString());
        };
    }
}
