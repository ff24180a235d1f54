package org.taipan.modules;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.vm.InterpreterState;

/**
 * {@code _zlib}: DEFLATE through {@link Deflater}/{@link Inflater} (the JDK's bundled zlib, so
 * the bytes match CPython's for the same level), and the two checksums. {@code zlib.py} builds
 * the module's API, the gzip container and the zlib.error messages on top of these.
 */
public final class ZlibModule {
    private static final int[] CRC_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC_TABLE[n] = c;
        }
    }

    private ZlibModule() {
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_zlib");
        m.addFunction("crc32", (self, args, off, nargs, kw) -> {
            ArgParser.checkCount("crc32", nargs, 2, 2);
            byte[] data = bytes(args[off]);
            int c = ~(int) ((PyLong) args[off + 1]).longValue();
            for (byte b : data) {
                c = CRC_TABLE[(c ^ b) & 0xFF] ^ (c >>> 8);
            }
            return PyLong.of(~c & 0xFFFFFFFFL);
        });
        m.addFunction("adler32", (self, args, off, nargs, kw) -> {
            ArgParser.checkCount("adler32", nargs, 2, 2);
            byte[] data = bytes(args[off]);
            long value = ((PyLong) args[off + 1]).longValue();
            long a = value & 0xFFFF;
            long b = (value >>> 16) & 0xFFFF;
            for (byte x : data) {
                a = (a + (x & 0xFF)) % 65521;
                b = (b + a) % 65521;
            }
            return PyLong.of((b << 16) | a);
        });
        // deflate(data, level, raw): the whole stream, zlib-wrapped unless raw
        m.addFunction("deflate", (self, args, off, nargs, kw) -> {
            ArgParser.checkCount("deflate", nargs, 3, 3);
            byte[] data = bytes(args[off]);
            int level = (int) ((PyLong) args[off + 1]).longValue();
            boolean raw = args[off + 2] == PyBool.TRUE;
            Deflater d = new Deflater(level, raw);
            try {
                d.setInput(data);
                d.finish();
                ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 2));
                byte[] buf = new byte[8192];
                while (!d.finished()) {
                    int n = d.deflate(buf);
                    out.write(buf, 0, n);
                }
                return new PyBytes(out.toByteArray());
            } finally {
                d.end();
            }
        });
        // inflate(data, raw) -> (output, unused input length, stream finished)
        m.addFunction("inflate", (self, args, off, nargs, kw) -> {
            ArgParser.checkCount("inflate", nargs, 2, 2);
            byte[] data = bytes(args[off]);
            boolean raw = args[off + 1] == PyBool.TRUE;
            Inflater inf = new Inflater(raw);
            try {
                inf.setInput(data);
                ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length * 2));
                byte[] buf = new byte[8192];
                while (!inf.finished()) {
                    int n = inf.inflate(buf);
                    if (n == 0) {
                        if (inf.needsInput() || inf.needsDictionary()) {
                            break;
                        }
                    }
                    out.write(buf, 0, n);
                }
                return new PyTuple(new PyBytes(out.toByteArray()), PyLong.of(inf.getRemaining()),
                        PyBool.of(inf.finished()));
            } catch (DataFormatException e) {
                throw PyExc.valueError(e.getMessage() == null ? "invalid data" : e.getMessage());
            } finally {
                inf.end();
            }
        });
        return m;
    }

    private static byte[] bytes(PyObject o) {
        if (!(o instanceof PyBytes)) {
            throw PyExc.typeError("a bytes object is required");
        }
        return ((PyBytes) o).value;
    }
}
