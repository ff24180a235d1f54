package org.taipan.modules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyList;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * The standard text streams ({@code sys.stdin}/{@code stdout}/{@code stderr}) until the io module
 * exists: a {@code TextIOWrapper}-like object over the process's streams (UTF-8).
 */
public final class StdStream extends PyObject {
    public static final PyType TYPE = PyType.builtin("_io.TextIOWrapper", null, StdStream::setup);

    final String name;
    final PrintStream out;
    final BufferedReader in;
    final int fd;
    /** Python's codec name and error handler ($PYTHONIOENCODING, else UTF-8). */
    String encoding = "utf-8";
    String errors;
    /** {@code .buffer}, made on first use. */
    private PyObject buffer;

    StdStream(String name, PrintStream out, BufferedReader in, int fd) {
        this.name = name;
        this.out = out;
        this.in = in;
        this.fd = fd;
        this.errors = fd == 2 ? "backslashreplace" : "strict";
    }

    /** Sets the codec ($PYTHONIOENCODING's "encoding:errors"; either part may be empty). */
    void setEncoding(String encoding, String errors) {
        if (encoding != null && !encoding.isEmpty()) {
            this.encoding = codecName(encoding);
        }
        if (errors != null && !errors.isEmpty()) {
            this.errors = errors;
        }
    }

    /** The codec's own name, as {@code codecs.lookup(name).name} reports it, for the common codecs. */
    private static String codecName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        switch (n) {
            case "utf8": case "utf-8": case "u8": return "utf-8";
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "l1": return "iso8859-1";
            case "ascii": case "us-ascii": case "646": return "ascii";
            default: return name;
        }
    }

    /** Whether text can go to the Java stream as it is (UTF-8, no error handler to apply). */
    private boolean plainUtf8() {
        String e = encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return e.equals("utf-8") || e.equals("utf8");
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    static StdStream stdout(PrintStream s) {
        return new StdStream("<stdout>", s, null, 1);
    }

    static StdStream stderr(PrintStream s) {
        return new StdStream("<stderr>", s, null, 2);
    }

    static StdStream stdin() {
        return new StdStream("<stdin>", null, new BufferedReader(new InputStreamReader(Stdio.input(), StandardCharsets.UTF_8)), 0);
    }

    public void write(String s) {
        if (out == null) {
            throw PyExc.raise(org.taipan.objects.PyExc.OSError, "not writable");
        }
        if (buffer != null) {
            // bytes written to .buffer come first, as they would through one shared buffer
            org.taipan.modules.io.IoModule.flushStandardBuffer(buffer);
        }
        if (plainUtf8()) {
            out.print(s);
        } else {
            // Another codec: encode with its error handler (UnicodeEncodeError as in CPython).
            PyObject b = Abstract.callMethod(PyUnicode.of(s), "encode", PyUnicode.of(encoding), PyUnicode.of(errors));
            byte[] bytes = ((org.taipan.objects.PyBytes) b).value;
            out.write(bytes, 0, bytes.length);
        }
        if (fd == 2) {
            out.flush();
        }
    }

    public void flush() {
        if (buffer != null && out != null) {
            org.taipan.modules.io.IoModule.flushStandardBuffer(buffer);
        }
        if (out != null) {
            out.flush();
        }
    }

    /** A line including its newline, "" at EOF. */
    String readLine() {
        if (in == null) {
            throw PyExc.raise(PyExc.OSError, "not readable");
        }
        // Reading may block (a terminal, a pipe): other Python threads run meanwhile.
        org.taipan.vm.ThreadState ts = org.taipan.vm.ThreadState.current();
        int gil = ts.save();
        String line;
        try {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                sb.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
            line = sb.toString();
        } catch (IOException e) {
            ts.restore(gil);
            throw PyExc.raise(PyExc.OSError, e.getMessage());
        }
        ts.restore(gil);
        return line;
    }

    private static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.method("write", (self, s) -> {
            if (!(s instanceof PyUnicode)) {
                throw PyExc.typeError("write() argument must be str, not " + s.getType().getName());
            }
            ((StdStream) self).write(((PyUnicode) s).value);
            return PyLong.of(((PyUnicode) s).length());
        });
        t.method("flush", self -> {
            ((StdStream) self).flush();
            return PyNone.NONE;
        });
        t.method("readline", 0, 1, (self, a, off, n) -> PyUnicode.of(((StdStream) self).readLine()));
        t.method("read", 0, 1, (self, a, off, n) -> {
            StringBuilder sb = new StringBuilder();
            for (String l = ((StdStream) self).readLine(); !l.isEmpty(); l = ((StdStream) self).readLine()) {
                sb.append(l);
            }
            return PyUnicode.of(sb.toString());
        });
        t.method("readlines", self -> {
            PyList l = new PyList();
            for (String s = ((StdStream) self).readLine(); !s.isEmpty(); s = ((StdStream) self).readLine()) {
                l.append(PyUnicode.of(s));
            }
            return l;
        });
        t.iter = self -> self;
        t.iternext = self -> {
            String l = ((StdStream) self).readLine();
            return l.isEmpty() ? null : PyUnicode.of(l);
        };
        t.method("fileno", self -> PyLong.of(((StdStream) self).fd));
        t.method("isatty", self -> PyBool.FALSE);
        t.method("readable", self -> PyBool.of(((StdStream) self).in != null));
        t.method("writable", self -> PyBool.of(((StdStream) self).out != null));
        t.getset("name", self -> PyUnicode.of(((StdStream) self).name), null);
        t.getset("encoding", self -> PyUnicode.of(((StdStream) self).encoding), null);
        t.getset("errors", self -> PyUnicode.of(((StdStream) self).errors), null);
        t.getset("mode", self -> PyUnicode.of(((StdStream) self).in != null ? "r" : "w"), null);
        t.getset("line_buffering", self -> PyBool.FALSE, null);
        t.getset("write_through", self -> PyBool.FALSE, null);
        t.getset("newlines", self -> PyNone.NONE, null);
        t.method("seekable", self -> PyBool.FALSE);
        t.method("writelines", (self, lines) -> {
            PyObject it = Abstract.getIter(lines);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                writeTo(self, ((PyUnicode) Abstract.str(x)).value);
            }
            return PyNone.NONE;
        });
        // reconfigure(): the streams stay UTF-8 and unbuffered towards the embedding's streams;
        // the arguments are checked as CPython checks them
        t.methodKw("reconfigure", (self, a, off, n, kw) -> {
            if (n > 0) {
                throw PyExc.typeError("reconfigure() takes no positional arguments");
            }
            org.taipan.objects.ArgParser.bind("reconfigure", new String[] {"encoding", "errors", "newline",
                "line_buffering", "write_through"}, 0, 0, a, off, n, kw);
            return PyNone.NONE;
        });
        t.getset("buffer", self -> {
            StdStream st = (StdStream) self;
            if (st.buffer == null) {
                st.buffer = org.taipan.modules.io.IoModule.standardBuffer(st.fd, st.name);
            }
            return st.buffer;
        }, null);
        t.getset("closed", self -> PyBool.FALSE, null);
        t.repr = self -> PyUnicode.of("<_io.TextIOWrapper name='" + ((StdStream) self).name
                + "' mode='" + (((StdStream) self).in != null ? "r" : "w") + "' encoding='utf-8'>");
    }

    /** Writes {@code s} to a stream object: ours directly, anything else through its write method. */
    public static void writeTo(PyObject file, String s) {
        if (file instanceof StdStream) {
            ((StdStream) file).write(s);
        } else {
            Abstract.callMethod(file, "write", PyUnicode.of(s));
        }
    }
}
