package org.taipan.modules.io;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * {@code _io.StringIO}: an in-memory text stream (stringio.c). Positions count code points;
 * the text is kept as code points so that seeking and overwriting in the middle are exact.
 */
public class PyStringIO extends PyIOBase {
    public static final PyType TYPE = PyType.builtin("_io.StringIO", PyIOBase.TEXT, PyStringIO::setup);

    private int[] cps = new int[16];
    private int size;
    private int pos;
    private boolean closed;
    private String newline = "\n";
    private boolean translate;
    private boolean universal;
    private int seen;

    PyStringIO(PyType type) {
        super(type);
    }

    private void checkOpen() {
        if (closed) {
            throw PyExc.valueError("I/O operation on closed file");
        }
    }

    private String text(int from, int to) {
        return new String(cps, from, to - from);
    }

    private int write(String s) {
        checkOpen();
        int n = s.codePointCount(0, s.length());
        if (universal) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n') {
                    seen |= 1;
                } else if (c == '\r') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        seen |= 4;
                        i++;
                    } else {
                        seen |= 2;
                    }
                }
            }
        }
        if (translate) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        } else if (newline != null && !newline.isEmpty() && !newline.equals("\n")) {
            s = s.replace("\n", newline);
        }
        int[] add = s.codePoints().toArray();
        int end = pos + add.length;
        if (end > cps.length) {
            cps = java.util.Arrays.copyOf(cps, Math.max(end, cps.length * 2));
        }
        if (pos > size) {
            java.util.Arrays.fill(cps, size, pos, 0);
        }
        System.arraycopy(add, 0, cps, pos, add.length);
        pos = end;
        size = Math.max(size, end);
        return n;
    }

    private String read(long n) {
        checkOpen();
        int start = Math.min(pos, size);
        int end = n < 0 ? size : (int) Math.min(size, start + n);
        pos = Math.max(pos, end);
        return text(start, end);
    }

    private String readline(long limit) {
        checkOpen();
        int start = Math.min(pos, size);
        int end = start;
        boolean lfOnly = translate || newline == null || newline.equals("\n");
        while (end < size && (limit < 0 || end - start < limit)) {
            int c = cps[end++];
            if (lfOnly ? c == '\n' : newline.isEmpty() ? (c == '\n' || c == '\r') : c == newline.charAt(newline.length() - 1)
                    && (newline.length() == 1 || end - 2 >= start && cps[end - 2] == '\r')) {
                if (newline != null && newline.isEmpty() && c == '\r' && end < size && cps[end] == '\n'
                        && (limit < 0 || end - start < limit)) {
                    end++;
                }
                break;
            }
        }
        pos = end;
        return text(start, end);
    }

    private static PyStringIO self(PyObject o) {
        return (PyStringIO) o;
    }

    private static void setup(PyType t) {
        t.newFunc = (type, args, off, nargs, kw) -> new PyStringIO(type);
        t.init = (self, args, off, nargs, kw) -> {
            PyObject[] p = ArgParser.bind("StringIO", new String[] {"initial_value", "newline"}, 0, 0, args, off, nargs, kw);
            PyStringIO s = self(self);
            String nl = "\n";
            if (p[1] != null) {
                if (p[1] == PyNone.NONE) {
                    nl = null;
                } else if (p[1] instanceof PyUnicode) {
                    nl = ((PyUnicode) p[1]).value;
                    if (!nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                        throw PyExc.valueError("illegal newline value: " + Abstract.repr(p[1]).value);
                    }
                } else {
                    throw PyExc.typeError("newline must be str or None, not " + p[1].getType().getName());
                }
            }
            s.newline = nl;
            s.translate = nl == null;
            s.universal = nl == null || nl.isEmpty();
            s.size = s.pos = 0;
            if (p[0] != null && p[0] != PyNone.NONE) {
                if (!(p[0] instanceof PyUnicode)) {
                    throw PyExc.typeError("initial_value must be str or None, not " + p[0].getType().getName());
                }
                s.write(((PyUnicode) p[0]).value);
                s.pos = 0;
            }
        };
        t.method("getvalue", self -> {
            self(self).checkOpen();
            return PyUnicode.of(self(self).text(0, self(self).size));
        });
        t.method("read", 0, 1, (self, a, off, n) -> PyUnicode.of(self(self).read(size(n > 0 ? a[off] : null))));
        t.method("readline", 0, 1, (self, a, off, n) -> PyUnicode.of(self(self).readline(size(n > 0 ? a[off] : null))));
        t.method("write", (self, s) -> {
            if (!(s instanceof PyUnicode)) {
                throw PyExc.typeError("string argument expected, got '" + s.getType().getName() + "'");
            }
            return PyLong.of(self(self).write(((PyUnicode) s).value));
        });
        t.method("seek", 1, 2, (self, a, off, n) -> {
            PyStringIO s = self(self);
            s.checkOpen();
            long p = Abstract.index(a[off]).longValue();
            int whence = n > 1 ? Abstract.asIndex(a[off + 1]) : 0;
            if (whence < 0 || whence > 2) {
                throw PyExc.valueError("Invalid whence (" + whence + ", should be 0, 1 or 2)");
            }
            if (p < 0 && whence == 0) {
                throw PyExc.valueError("Negative seek position " + p);
            }
            if (whence != 0 && p != 0) {
                throw PyExc.raise(PyExc.OSError, "Can't do nonzero cur-relative seeks");
            }
            s.pos = whence == 0 ? (int) Math.min(p, Integer.MAX_VALUE - 8) : whence == 2 ? s.size : s.pos;
            return PyLong.of(s.pos);
        });
        t.method("tell", self -> {
            self(self).checkOpen();
            return PyLong.of(self(self).pos);
        });
        t.method("truncate", 0, 1, (self, a, off, n) -> {
            PyStringIO s = self(self);
            s.checkOpen();
            long size = n == 0 || a[off] == PyNone.NONE ? s.pos : Abstract.index(a[off]).longValue();
            if (size < 0) {
                throw PyExc.valueError("Negative size value " + size);
            }
            if (size < s.size) {
                s.size = (int) size;
            }
            return PyLong.of(size);
        });
        t.method("close", self -> {
            self(self).closed = true;
            self(self).baseClosed = true;
            return PyNone.NONE;
        });
        t.getset("closed", self -> PyBool.of(self(self).closed), null);
        t.getset("line_buffering", self -> PyBool.FALSE, null);
        t.getset("newlines", self -> {
            PyStringIO s = self(self);
            if (!s.universal || s.seen == 0) {
                return PyNone.NONE;
            }
            java.util.List<PyObject> kinds = new java.util.ArrayList<>();
            if ((s.seen & 2) != 0) {
                kinds.add(PyUnicode.of("\r"));
            }
            if ((s.seen & 1) != 0) {
                kinds.add(PyUnicode.of("\n"));
            }
            if ((s.seen & 4) != 0) {
                kinds.add(PyUnicode.of("\r\n"));
            }
            return kinds.size() == 1 ? kinds.get(0) : org.taipan.objects.PyTuple.of(kinds);
        }, null);
        t.method("flush", self -> {
            self(self).checkOpen();
            return PyNone.NONE;
        });
        for (String m : new String[] {"readable", "writable", "seekable"}) {
            t.method(m, self -> {
                self(self).checkOpen();
                return PyBool.TRUE;
            });
        }
        t.iternext = self -> {
            String line = self.getType().isHeapType
                    ? ((PyUnicode) Abstract.callMethod(self, "readline")).value : self(self).readline(-1);
            return line.isEmpty() ? null : PyUnicode.of(line);
        };
    }
}
