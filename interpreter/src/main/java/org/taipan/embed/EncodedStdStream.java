package org.taipan.embed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyException;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * A standard stream with the encoding and error handler the host chose with
 * {@link RuntimeConfig#standardStreamEncoding} (CPython's {@code Py_SetStandardStreamEncoding}):
 * a {@code TextIOWrapper}-like object whose writes are encoded by the named codec and whose
 * unencodable characters are handled as the error handler says (strict raises
 * UnicodeEncodeError, as CPython's codecs word it).
 */
final class EncodedStdStream extends PyObject {
    static final PyType TYPE = PyType.builtin("_io.TextIOWrapper", null, EncodedStdStream::setup);

    private final String name;
    private final Codec codec;
    private final String errors;
    private final OutputStream out;
    private final BufferedReader in;
    private final int fd;
    private final StringBuilder buffer = new StringBuilder();

    private EncodedStdStream(String name, Codec codec, String errors, OutputStream out, InputStream in, int fd) {
        this.name = name;
        this.codec = codec;
        this.errors = errors;
        this.out = out;
        this.in = in == null ? null : new BufferedReader(new InputStreamReader(in, codec.charset));
        this.fd = fd;
    }

    static EncodedStdStream output(String name, int fd, OutputStream out, String encoding, String errors) {
        return new EncodedStdStream(name, Codec.lookup(encoding), errors, out, null, fd);
    }

    static EncodedStdStream input(InputStream in, String encoding, String errors) {
        return new EncodedStdStream("<stdin>", Codec.lookup(encoding), errors, null, in, 0);
    }

    /** The codec's canonical name as {@code sys.stdout.encoding} shows it; IllegalArgumentException if unknown. */
    static String canonicalName(String encoding) {
        return Codec.lookup(encoding).name;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Python's codecs that a standard stream can use, with their names and error wording. */
    private enum Codec {
        UTF8("utf-8", "utf-8", StandardCharsets.UTF_8, 0x10FFFF, "surrogates not allowed"),
        ASCII("ascii", "ascii", StandardCharsets.US_ASCII, 0x7F, "ordinal not in range(128)"),
        LATIN1("iso8859-1", "latin-1", StandardCharsets.ISO_8859_1, 0xFF, "ordinal not in range(256)");

        final String name;
        final String errorName;
        final Charset charset;
        final int max;
        final String reason;

        Codec(String name, String errorName, Charset charset, int max, String reason) {
            this.name = name;
            this.errorName = errorName;
            this.charset = charset;
            this.max = max;
            this.reason = reason;
        }

        boolean encodes(int cp) {
            return cp <= max && !(cp >= 0xD800 && cp <= 0xDFFF);
        }

        static Codec lookup(String encoding) {
            String n = encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            switch (n) {
                case "utf-8": case "utf8": case "u8": case "utf":
                    return UTF8;
                case "ascii": case "us-ascii": case "646":
                    return ASCII;
                case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "8859": case "l1": case "latin":
                    return LATIN1;
                default:
                    throw new IllegalArgumentException("unknown standard stream encoding: " + encoding);
            }
        }
    }

    void write(String s) {
        if (out == null) {
            throw PyExc.raise(PyExc.OSError, "not writable");
        }
        int[] cps = s.codePoints().toArray();
        StringBuilder encodable = new StringBuilder(s.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (codec.encodes(cp)) {
                encodable.appendCodePoint(cp);
                continue;
            }
            int end = i + 1;
            while (end < cps.length && !codec.encodes(cps[end])) {
                end++;
            }
            switch (errors) {
                case "replace":
                    for (int k = i; k < end; k++) {
                        encodable.append('?');
                    }
                    break;
                case "ignore":
                    break;
                case "backslashreplace":
                    for (int k = i; k < end; k++) {
                        int c = cps[k];
                        encodable.append(c <= 0xFF ? String.format("\\x%02x", c)
                                : c <= 0xFFFF ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
                    }
                    break;
                case "xmlcharrefreplace":
                    for (int k = i; k < end; k++) {
                        encodable.append("&#").append(cps[k]).append(';');
                    }
                    break;
                default:
                    throw new PyException((org.taipan.objects.PyBaseException) Abstract.call(PyExc.UnicodeEncodeError,
                            PyUnicode.of(codec.errorName), PyUnicode.of(s), PyLong.of(i), PyLong.of(end),
                            PyUnicode.of(codec.reason)));
            }
            i = end - 1;
        }
        buffer.append(encodable);
        if (fd == 2 || buffer.length() > 8192) {
            flush();
        }
    }

    void flush() {
        if (out == null) {
            return;
        }
        try {
            out.write(buffer.toString().getBytes(codec.charset));
            buffer.setLength(0);
            out.flush();
        } catch (IOException e) {
            throw PyExc.raise(PyExc.OSError, e.getMessage());
        }
    }

    private String readLine() {
        if (in == null) {
            throw PyExc.raise(PyExc.OSError, "not readable");
        }
        try {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                sb.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
            return sb.toString();
        } catch (IOException e) {
            throw PyExc.raise(PyExc.OSError, e.getMessage());
        }
    }

    private static EncodedStdStream self(PyObject o) {
        return (EncodedStdStream) o;
    }

    private static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.method("write", (self, s) -> {
            if (!(s instanceof PyUnicode)) {
                throw PyExc.typeError("write() argument must be str, not " + s.getType().getName());
            }
            self(self).write(((PyUnicode) s).value);
            return PyLong.of(((PyUnicode) s).length());
        });
        t.method("flush", self -> {
            self(self).flush();
            return PyNone.NONE;
        });
        t.method("readline", 0, 1, (self, a, off, n) -> PyUnicode.of(self(self).readLine()));
        t.method("read", 0, 1, (self, a, off, n) -> {
            StringBuilder sb = new StringBuilder();
            for (String l = self(self).readLine(); !l.isEmpty(); l = self(self).readLine()) {
                sb.append(l);
            }
            return PyUnicode.of(sb.toString());
        });
        t.method("readlines", self -> {
            PyList l = new PyList();
            for (String s = self(self).readLine(); !s.isEmpty(); s = self(self).readLine()) {
                l.append(PyUnicode.of(s));
            }
            return l;
        });
        t.iter = self -> self;
        t.iternext = self -> {
            String l = self(self).readLine();
            return l.isEmpty() ? null : PyUnicode.of(l);
        };
        t.method("fileno", self -> PyLong.of(self(self).fd));
        t.method("isatty", self -> PyBool.FALSE);
        t.method("readable", self -> PyBool.of(self(self).in != null));
        t.method("writable", self -> PyBool.of(self(self).out != null));
        t.getset("name", self -> PyUnicode.of(self(self).name), null);
        t.getset("encoding", self -> PyUnicode.of(self(self).codec.name), null);
        t.getset("errors", self -> PyUnicode.of(self(self).errors), null);
        t.getset("closed", self -> PyBool.FALSE, null);
        t.repr = self -> PyUnicode.of("<_io.TextIOWrapper name='" + self(self).name + "' mode='"
                + (self(self).in != null ? "r" : "w") + "' encoding='" + self(self).codec.name + "'>");
    }
}
