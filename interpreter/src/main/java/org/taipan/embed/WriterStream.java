package org.taipan.embed;

import java.io.IOException;
import java.io.Writer;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * A file-like Python object over a {@link Writer}: what {@code sys.stdout} and {@code sys.stderr}
 * are while a JSR-223 script runs with a context whose writers are not the process streams.
 */
final class WriterStream extends PyObject {
    static final PyType TYPE = PyType.builtin("taipan.WriterStream", null, WriterStream::setup);

    private final Writer writer;

    WriterStream(Writer writer) {
        this.writer = writer;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.method("write", (self, s) -> {
            if (!(s instanceof PyUnicode)) {
                throw PyExc.typeError("write() argument must be str, not " + s.getType().getName());
            }
            try {
                ((WriterStream) self).writer.write(((PyUnicode) s).value);
            } catch (IOException e) {
                throw PyExc.raise(PyExc.OSError, e.getMessage());
            }
            return PyLong.of(((PyUnicode) s).length());
        });
        t.method("flush", self -> {
            try {
                ((WriterStream) self).writer.flush();
            } catch (IOException e) {
                throw PyExc.raise(PyExc.OSError, e.getMessage());
            }
            return PyNone.NONE;
        });
    }
}
