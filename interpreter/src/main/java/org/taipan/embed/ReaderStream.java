package org.taipan.embed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyList;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * A readable file-like Python object over a {@link Reader}: {@code sys.stdin} while a JSR-223
 * script runs, reading the context's reader ({@code input()}, {@code readline}, {@code read},
 * {@code readlines}, iteration).
 */
final class ReaderStream extends PyObject {
    static final PyType TYPE = PyType.builtin("taipan.ReaderStream", null, ReaderStream::setup);

    private final BufferedReader reader;

    ReaderStream(Reader reader) {
        this.reader = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** A line including its newline, "" at the end. */
    private String readLine() {
        try {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = reader.read()) >= 0) {
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

    private static ReaderStream self(PyObject o) {
        return (ReaderStream) o;
    }

    private static void setup(PyType t) {
        t.acceptsSubclasses = false;
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
    }
}
