package org.taipan.modules.io;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBuiltinFunction;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyException;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.InterpreterState;

/**
 * {@code _io}: the stream classes and {@code open()} (which is also {@code builtins.open});
 * the library's {@code io} module re-exports them and adds the abstract base classes.
 */
public final class IoModule {
    public static final int DEFAULT_BUFFER_SIZE = 8192;
    /** {@code io.UnsupportedOperation}, both an OSError and a ValueError. */
    public static final PyType UNSUPPORTED_OPERATION = PyType.builtinMulti("UnsupportedOperation",
            new PyType[] {PyExc.OSError, PyExc.ValueError}, t -> t.getDict().setStr("__module__", PyUnicode.of("io")));

    private static final String[] OPEN_PARAMS = {"file", "mode", "buffering", "encoding", "errors", "newline",
        "closefd", "opener"};

    private IoModule() {
    }

    /** The {@code open} function object, shared by {@code builtins} and {@code _io}. */
    public static PyBuiltinFunction openFunction() {
        PyBuiltinFunction f = new PyBuiltinFunction("open", null, IoModule::open);
        f.module = "_io";
        return f;
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_io");
        PyObject open = interp.builtins == null ? null : interp.builtins.getDict().getStr("open");
        m.add("open", open instanceof PyBuiltinFunction ? open : openFunction());
        m.addFunction("open_code", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("open_code", new String[] {"path"}, 0, 1, a, off, n, kw);
            if (!(p[0] instanceof PyUnicode)) {
                throw PyExc.typeError("open_code() argument 'path' must be str, not " + p[0].getType().getName());
            }
            return openFile(p[0], "rb", -1, null, null, null, true, null);
        });
        m.addFunction("text_encoding", (self, a, off, n, kw) -> {
            ArgParser.checkCount("text_encoding", n, 1, 2);
            return a[off] == PyNone.NONE ? PyUnicode.of("locale") : a[off];
        });
        m.add("DEFAULT_BUFFER_SIZE", PyLong.of(DEFAULT_BUFFER_SIZE));
        m.add("UnsupportedOperation", UNSUPPORTED_OPERATION);
        m.add("BlockingIOError", PyExc.BlockingIOError);
        m.add("_IOBase", PyIOBase.TYPE);
        m.add("_RawIOBase", PyIOBase.RAW);
        m.add("_BufferedIOBase", PyIOBase.BUFFERED);
        m.add("_TextIOBase", PyIOBase.TEXT);
        m.add("FileIO", PyFileIO.TYPE);
        m.add("BytesIO", PyBytesIO.TYPE);
        m.add("StringIO", PyStringIO.TYPE);
        m.add("BufferedReader", PyBuffered.READER);
        m.add("BufferedWriter", PyBuffered.WRITER);
        m.add("BufferedRandom", PyBuffered.RANDOM);
        m.add("TextIOWrapper", PyTextIOWrapper.TYPE);
        return m;
    }

    private static String optStr(PyObject o, String what) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        if (!(o instanceof PyUnicode)) {
            throw PyExc.typeError("open() argument '" + what + "' must be str or None, not " + o.getType().getName());
        }
        return ((PyUnicode) o).value;
    }

    private static PyObject open(PyObject self, PyObject[] a, int off, int n, org.taipan.objects.PyTuple kw) {
        PyObject[] p = ArgParser.bind("open", OPEN_PARAMS, 0, 1, a, off, n, kw);
        PyObject file = p[0];
        if (!(file instanceof PyUnicode || file instanceof PyBytes || file instanceof PyLong)
                && Abstract.lookupSpecial(file, "__fspath__") == null) {
            throw PyExc.typeError("expected str, bytes or os.PathLike object, not " + file.getType().getName());
        }
        String mode = "r";
        if (p[1] != null) {
            if (!(p[1] instanceof PyUnicode)) {
                throw PyExc.typeError("open() argument 'mode' must be str, not " + p[1].getType().getName());
            }
            mode = ((PyUnicode) p[1]).value;
        }
        int buffering = p[2] == null ? -1 : Abstract.asIndex(p[2]);
        return openFile(file, mode, buffering, optStr(p[3], "encoding"), optStr(p[4], "errors"),
                p[5] == null ? PyNone.NONE : p[5], p[6] == null || Abstract.isTrue(p[6]), p[7]);
    }

    /** {@code io.open}, once its arguments are parsed. */
    static PyObject openFile(PyObject file, String mode, int buffering, String encoding, String errors,
                             PyObject newline, boolean closefd, PyObject opener) {
        boolean creating = false, reading = false, writing = false, appending = false, updating = false;
        boolean text = false, binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("axrwb+t".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) {
                throw PyExc.valueError("invalid mode: " + Abstract.repr(PyUnicode.of(mode)).value);
            }
            switch (c) {
                case 'x': creating = true; break;
                case 'r': reading = true; break;
                case 'w': writing = true; break;
                case 'a': appending = true; break;
                case '+': updating = true; break;
                case 't': text = true; break;
                default: binary = true; break;
            }
        }
        if (text && binary) {
            throw PyExc.valueError("can't have text and binary mode at once");
        }
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1) {
            throw PyExc.valueError("must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != null) {
            throw PyExc.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != null) {
            throw PyExc.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != PyNone.NONE) {
            throw PyExc.valueError("binary mode doesn't take a newline argument");
        }
        if (!binary && newline != PyNone.NONE) {
            if (!(newline instanceof PyUnicode)) {
                throw PyExc.typeError("open() argument 'newline' must be str or None, not " + newline.getType().getName());
            }
            String nl = ((PyUnicode) newline).value;
            if (!nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                throw PyExc.valueError("illegal newline value: " + nl);
            }
        }
        if (!binary && buffering == 0) {
            throw PyExc.valueError("can't have unbuffered text I/O");
        }
        String rawMode = (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "") + (appending ? "a" : "")
                + (updating ? "+" : "");
        PyFileIO raw = PyFileIO.open(PyFileIO.TYPE, file, rawMode, closefd, opener);
        try {
            boolean lineBuffering = false;
            if (buffering == 1 || buffering < 0 && raw.fd <= 2 && Abstract.isTrue(Abstract.callMethod(raw, "isatty"))) {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering < 0) {
                buffering = DEFAULT_BUFFER_SIZE;
            }
            if (buffering == 0) {
                return raw;
            }
            PyType kind = updating ? PyBuffered.RANDOM : creating || writing || appending ? PyBuffered.WRITER
                    : PyBuffered.READER;
            PyBuffered buffer = PyBuffered.create(kind, raw, buffering);
            if (binary) {
                return buffer;
            }
            PyTextIOWrapper w = new PyTextIOWrapper(PyTextIOWrapper.TYPE);
            w.init(buffer, encoding, errors, newline, lineBuffering, false);
            w.getDict().setStr("mode", PyUnicode.of(mode));
            return w;
        } catch (PyException e) {
            raw.close();
            throw e;
        }
    }
}
