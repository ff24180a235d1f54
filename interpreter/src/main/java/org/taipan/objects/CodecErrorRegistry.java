package org.taipan.objects;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The error handlers registered by {@code codecs.register_error} under names of their own, which
 * {@code str.encode} and {@code bytes.decode} call with the {@code UnicodeEncodeError} or
 * {@code UnicodeDecodeError} of each bad range: the handler returns the replacement and the
 * position to go on from. (The standard handlers are built into {@link UnicodeCodecs}.)
 */
public final class CodecErrorRegistry {
    private static final ConcurrentHashMap<String, PyObject> HANDLERS = new ConcurrentHashMap<>();

    private CodecErrorRegistry() {
    }

    public static void register(String name, PyObject handler) {
        HANDLERS.put(name, handler);
    }

    static boolean has(String name) {
        return HANDLERS.containsKey(name);
    }

    /** A handler's answer: the replacement (str or bytes) and the absolute position to resume at. */
    static final class Answer {
        final PyObject replacement;
        final int resume;

        Answer(PyObject replacement, int resume) {
            this.replacement = replacement;
            this.resume = resume;
        }
    }

    /** Calls the handler named {@code errors} on {@code error}, the input being {@code length} long. */
    static Answer call(String errors, PyException error, int length, boolean encoding) {
        PyObject handler = HANDLERS.get(errors);
        PyObject result = Abstract.call(handler, error.value);
        boolean goodReplacement = result instanceof PyTuple && ((PyTuple) result).size() == 2
                && (((PyTuple) result).get(0) instanceof PyUnicode
                    || encoding && ((PyTuple) result).get(0) instanceof PyBytes)
                && ((PyTuple) result).get(1) instanceof PyLong;
        if (!goodReplacement) {
            throw PyExc.typeError(encoding ? "encoding error handler must return (str/bytes, int) tuple"
                    : "decoding error handler must return (str, int) tuple");
        }
        PyTuple t = (PyTuple) result;
        long pos = Abstract.asClampedIndex(t.get(1));
        if (pos < 0) {
            pos += length;
        }
        if (pos < 0 || pos > length) {
            throw PyExc.raise(PyExc.IndexError, "position " + Abstract.asClampedIndex(t.get(1))
                    + " from error handler out of bounds");
        }
        return new Answer(t.get(0), (int) pos);
    }
}
