package org.taipan.modules;

import java.util.LinkedHashMap;
import java.util.Map;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyByteArray;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyMemoryView;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.InterpreterState;

/**
 * {@code _struct} (re-exported by the library's {@code struct}): conversion between Python
 * values and C structs as bytes, over {@link StructFormat}; the {@code Struct} type and the
 * module functions, which compile and cache formats.
 */
public final class StructModule {
    static final PyType ERROR = PyType.builtin("struct.error", PyExc.Exception, null);

    static {
        StructFormat.error = ERROR;
    }

    /** {@code _struct.Struct}: a compiled format. */
    static final class PyStruct extends PyObject {
        static final PyType TYPE = PyType.builtin("_struct.Struct", null, PyStruct::setup);
        private final PyType type;
        private final PyDict dict;
        StructFormat format;
        PyObject formatObject;

        PyStruct(PyType type) {
            this.type = type;
            this.dict = type == TYPE ? null : new PyDict();
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }

        private static StructFormat fmt(PyObject self) {
            StructFormat f = ((PyStruct) self).format;
            if (f == null) {
                throw PyExc.valueError("Struct not initialized");
            }
            return f;
        }

        private static void setup(PyType t) {
            t.newFunc = (type, args, off, nargs, kw) -> new PyStruct(type);
            t.init = (self, args, off, nargs, kw) -> {
                PyObject[] p = ArgParser.bind("Struct", new String[] {"format"}, 0, 1, args, off, nargs, kw);
                ((PyStruct) self).format = new StructFormat(StructFormat.formatArg(p[0]));
                ((PyStruct) self).formatObject = PyUnicode.of(((PyStruct) self).format.format);
            };
            t.getset("format", self -> ((PyStruct) self).formatObject, null);
            t.getset("size", self -> PyLong.of(fmt(self).size), null);
            t.methodKw("pack", (self, a, off, n, kw) -> {
                ArgParser.noKeywords("pack", kw);
                return new PyBytes(fmt(self).pack(a, off, n, "pack"));
            });
            t.methodKw("pack_into", (self, a, off, n, kw) -> {
                ArgParser.noKeywords("pack_into", kw);
                packInto(fmt(self), a, off, n);
                return PyNone.NONE;
            });
            t.method("unpack", (self, b) -> unpack(fmt(self), b));
            t.methodKw("unpack_from", (self, a, off, n, kw) -> {
                PyObject[] p = ArgParser.bind("unpack_from", new String[] {"buffer", "offset"}, 0, 1, a, off, n, kw);
                return unpackFrom(fmt(self), p[0], p[1]);
            });
            t.method("iter_unpack", (self, b) -> iterUnpack(fmt(self), b));
            t.method("__sizeof__", self -> PyLong.of(72 + 8 * fmt(self).nvalues));
        }
    }

    /** The iterator {@code iter_unpack} returns. */
    static final class UnpackIterator extends PyObject {
        static final PyType TYPE = PyType.builtin("_struct.unpack_iterator", null, t -> {
            t.acceptsSubclasses = false;
            t.iter = self -> self;
            t.iternext = self -> {
                UnpackIterator it = (UnpackIterator) self;
                if (it.pos + it.format.size > it.data.length) {
                    return null;
                }
                PyTuple r = it.format.unpack(it.data, it.pos);
                it.pos += it.format.size;
                return r;
            };
            t.method("__length_hint__", self -> {
                UnpackIterator it = (UnpackIterator) self;
                return PyLong.of((it.data.length - it.pos) / it.format.size);
            });
        });
        final StructFormat format;
        final byte[] data;
        int pos;

        UnpackIterator(StructFormat format, byte[] data) {
            this.format = format;
            this.data = data;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }
    }

    private static final int CACHE_SIZE = 100;
    private static final Map<String, StructFormat> CACHE = new LinkedHashMap<>();

    private StructModule() {
    }

    static StructFormat compile(PyObject fmt) {
        if (fmt instanceof PyStruct) {
            return ((PyStruct) fmt).format;
        }
        String s = StructFormat.formatArg(fmt);
        synchronized (CACHE) {
            StructFormat f = CACHE.get(s);
            if (f == null) {
                f = new StructFormat(s);
                if (CACHE.size() >= CACHE_SIZE) {
                    CACHE.clear();
                }
                CACHE.put(s, f);
            }
            return f;
        }
    }

    static byte[] readable(PyObject b) {
        if (b instanceof PyBytes) {
            return ((PyBytes) b).value;
        }
        if (b instanceof PyByteArray) {
            return ((PyByteArray) b).toBytes();
        }
        if (b instanceof PyMemoryView) {
            return ((PyBytes) Abstract.callMethod(b, "tobytes")).value;
        }
        throw PyExc.typeError("a bytes-like object is required, not '" + b.getType().getName() + "'");
    }

    static PyObject unpack(StructFormat f, PyObject b) {
        byte[] d = readable(b);
        if (d.length != f.size) {
            throw StructFormat.error("unpack requires a buffer of " + f.size + " bytes");
        }
        return f.unpack(d, 0);
    }

    static PyObject unpackFrom(StructFormat f, PyObject b, PyObject offArg) {
        byte[] d = readable(b);
        long offset = offArg == null ? 0 : Abstract.index(offArg).longValue();
        if (offset < 0) {
            if (offset + d.length < 0) {
                throw StructFormat.error("offset " + offset + " out of range for " + d.length + "-byte buffer");
            }
            if (offset + f.size > 0) {
                throw StructFormat.error("not enough data to unpack " + f.size + " bytes at offset " + offset);
            }
            offset += d.length;
        }
        if (d.length - offset < f.size) {
            throw StructFormat.error("unpack_from requires a buffer of at least " + (f.size + offset)
                    + " bytes for unpacking " + f.size + " bytes at offset " + offset
                    + " (actual buffer size is " + d.length + ")");
        }
        return f.unpack(d, (int) offset);
    }

    static PyObject iterUnpack(StructFormat f, PyObject b) {
        if (f.size == 0) {
            throw StructFormat.error("cannot iteratively unpack with a struct of length 0");
        }
        byte[] d = readable(b);
        if (d.length % f.size != 0) {
            throw StructFormat.error("iterative unpacking requires a buffer of a multiple of " + f.size + " bytes");
        }
        return new UnpackIterator(f, d);
    }

    /** pack_into(buffer, offset, *values), the arguments at a[off..off+n). */
    static void packInto(StructFormat f, PyObject[] a, int off, int n) {
        if (n < 2) {
            if (n == 0) {
                throw PyExc.typeError("pack_into expected buffer argument");
            }
            throw PyExc.typeError("pack_into expected offset argument");
        }
        if (n - 2 != f.nvalues) {
            throw StructFormat.error("pack_into expected " + f.nvalues + " items for packing (got " + (n - 2) + ")");
        }
        PyObject buffer = a[off];
        if (!(buffer instanceof PyByteArray) && !(buffer instanceof PyMemoryView)) {
            throw PyExc.typeError("argument must be read-write bytes-like object, not " + buffer.getType().getName());
        }
        int len = Abstract.len(buffer);
        long offset = Abstract.index(a[off + 1]).longValue();
        if (offset < 0) {
            if (offset + f.size > 0) {
                throw StructFormat.error("no space to pack " + f.size + " bytes at offset " + offset);
            }
            if (offset + len < 0) {
                throw StructFormat.error("offset " + offset + " out of range for " + len + "-byte buffer");
            }
            offset += len;
        }
        if (len - offset < f.size) {
            throw StructFormat.error("pack_into requires a buffer of at least " + (f.size + offset)
                    + " bytes for packing " + f.size + " bytes at offset " + offset
                    + " (actual buffer size is " + len + ")");
        }
        byte[] out = new byte[f.size];
        f.packInto(out, 0, a, off + 2);
        for (int i = 0; i < out.length; i++) {
            Abstract.setItem(buffer, PyLong.of(offset + i), PyLong.of(out[i] & 0xff));
        }
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_struct");
        m.add("error", ERROR);
        m.add("Struct", PyStruct.TYPE);
        m.addFunction("calcsize", (self, a, off, n, kw) -> {
            if (n != 1) {
                throw PyExc.typeError("_struct.calcsize() takes exactly one argument (" + n + " given)");
            }
            return PyLong.of(compile(a[off]).size);
        });
        m.addFunction("pack", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("pack", kw);
            if (n == 0) {
                throw PyExc.typeError("pack expected at least 1 argument, got 0");
            }
            return new PyBytes(compile(a[off]).pack(a, off + 1, n - 1, "pack"));
        });
        m.addFunction("pack_into", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("pack_into", kw);
            if (n == 0) {
                throw PyExc.typeError("pack_into expected at least 1 argument, got 0");
            }
            packInto(compile(a[off]), a, off + 1, n - 1);
            return PyNone.NONE;
        });
        m.addFunction("unpack", (self, a, off, n, kw) -> {
            ArgParser.checkCount("unpack", n, 2, 2);
            return unpack(compile(a[off]), a[off + 1]);
        });
        m.addFunction("unpack_from", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("unpack_from", new String[] {"format", "buffer", "offset"}, 1, 2, a, off, n, kw);
            return unpackFrom(compile(p[0]), p[1], p[2]);
        });
        m.addFunction("iter_unpack", (self, a, off, n, kw) -> {
            ArgParser.checkCount("iter_unpack", n, 2, 2);
            return iterUnpack(compile(a[off]), a[off + 1]);
        });
        m.addFunction("_clearcache", (self, a, off, n, kw) -> {
            synchronized (CACHE) {
                CACHE.clear();
            }
            return PyNone.NONE;
        });
        return m;
    }
}
