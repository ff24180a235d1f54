package org.taipan.modules;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.taipan.compile.CodeData;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyByteArray;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyComplex;
import org.taipan.objects.PyCode;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyEllipsis;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyMemoryView;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PySet;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.InterpreterState;

/**
 * {@code marshal}: CPython's value serialization format, versions 0 to 4 (marshal.c), for
 * None, bools, ints, floats, complex numbers, str, bytes, tuples, lists, dicts, sets and
 * frozensets, and code objects in a layout of Taipan's own (see {@link Writer#writeCode}): Taipan's
 * bytecode is its own, so a marshalled code object is readable by Taipan only, and CPython's
 * marshalled code (in .pyc files) is refused.
 *
 * <p>From version 3 CPython marks an object for back-references (FLAG_REF) when its reference
 * count is above one, which the JVM cannot know. We mark what is almost always shared in
 * CPython: ints, floats, complex numbers, strings, bytes and tuples (constants, cached or
 * interned), the top-level object, and any object met twice; lists, dicts, sets and frozensets
 * inside the value are marked only when met twice. Strings of identifier characters count as
 * interned, as the compiler's constants are. Versions 0 to 2 have no references, so their
 * output equals CPython's byte for byte.
 */
public final class MarshalModule {
    static final int VERSION = 4;
    private static final int FLAG_REF = 0x80;

    private MarshalModule() {
    }

    /** Writes one value. */
    private static final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final int version;
        /** Objects written with FLAG_REF: equal constants (ints, floats, str, bytes) count as one, as CPython's merged constants are. */
        final Map<Object, Integer> refs = new java.util.HashMap<>();
        final Map<PyObject, Integer> seen = new IdentityHashMap<>();
        int depth;

        Writer(int version) {
            this.version = version;
        }

        void countShared(PyObject v) {
            if (v instanceof PyList || v instanceof PyDict || v instanceof PySet || v instanceof PyTuple
                    || v instanceof PyCode) {
                Integer n = seen.get(v);
                seen.put(v, n == null ? 1 : n + 1);
                if (n != null) {
                    return;
                }
                if (v instanceof PyList) {
                    PyList l = (PyList) v;
                    for (int i = 0; i < l.size(); i++) {
                        countShared(l.get(i));
                    }
                } else if (v instanceof PyTuple) {
                    for (PyObject x : ((PyTuple) v).items()) {
                        countShared(x);
                    }
                } else if (v instanceof PyCode) {
                    for (PyObject x : ((PyCode) v).consts) {
                        countShared(x);
                    }
                } else if (v instanceof PyDict) {
                    for (Map.Entry<PyObject, PyObject> e : ((PyDict) v).entries()) {
                        countShared(e.getKey());
                        countShared(e.getValue());
                    }
                } else {
                    PyObject it = Abstract.getIter(v);
                    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                        countShared(x);
                    }
                }
            }
        }

        void w8(int b) {
            out.write(b);
        }

        void w32(long v) {
            for (int i = 0; i < 4; i++) {
                out.write((int) (v >>> (8 * i)));
            }
        }

        void wbytes(byte[] b) {
            out.write(b, 0, b.length);
        }

        /** Writes a back-reference if v was written before; else decides on FLAG_REF. */
        boolean ref(PyObject v, boolean likelyShared, int[] flag) {
            if (version < 3) {
                return false;
            }
            Object key = refKey(v);
            Integer index = refs.get(key);
            if (index != null) {
                w8('r');
                w32(index);
                return true;
            }
            Integer count = seen.get(v);
            if (likelyShared || depth == 1 || count != null && count > 1) {
                refs.put(key, refs.size());
                flag[0] = FLAG_REF;
            }
            return false;
        }

        void write(PyObject v) {
            depth++;
            try {
                if (depth > 2000) {
                    throw PyExc.valueError("object too deeply nested to marshal");
                }
                writeObject(v);
            } finally {
                depth--;
            }
        }

        private void writeObject(PyObject v) {
            if (v == PyNone.NONE) {
                w8('N');
                return;
            }
            if (v == PyBool.TRUE) {
                w8('T');
                return;
            }
            if (v == PyBool.FALSE) {
                w8('F');
                return;
            }
            if (v == PyEllipsis.ELLIPSIS) {
                w8('.');
                return;
            }
            if (v == PyExc.StopIteration) {
                w8('S');
                return;
            }
            int[] flag = {0};
            Class<?> c = v.getClass();
            if (c == PyLong.class) {
                if (ref(v, true, flag)) {
                    return;
                }
                PyLong n = (PyLong) v;
                if (n.fitsLong() && n.longValue() >= Integer.MIN_VALUE && n.longValue() <= Integer.MAX_VALUE) {
                    w8('i' | flag[0]);
                    w32(n.longValue());
                } else {
                    w8('l' | flag[0]);
                    writeLong(n.bigValue());
                }
            } else if (c == PyFloat.class) {
                if (ref(v, true, flag)) {
                    return;
                }
                double d = ((PyFloat) v).value;
                if (version > 1) {
                    w8('g' | flag[0]);
                    writeDouble(d);
                } else {
                    w8('f' | flag[0]);
                    writeFloatText(d);
                }
            } else if (c == PyComplex.class) {
                if (ref(v, true, flag)) {
                    return;
                }
                PyComplex z = (PyComplex) v;
                if (version > 1) {
                    w8('y' | flag[0]);
                    writeDouble(z.real);
                    writeDouble(z.imag);
                } else {
                    w8('x' | flag[0]);
                    writeFloatText(z.real);
                    writeFloatText(z.imag);
                }
            } else if (c == PyUnicode.class) {
                if (ref(v, true, flag)) {
                    return;
                }
                writeString((PyUnicode) v, flag[0]);
            } else if (c == PyBytes.class) {
                if (ref(v, true, flag)) {
                    return;
                }
                byte[] b = ((PyBytes) v).value;
                w8('s' | flag[0]);
                w32(b.length);
                wbytes(b);
            } else if (c == PyByteArray.class || c == PyMemoryView.class) {
                // other bytes-like objects are written as bytes (and read back as bytes)
                if (ref(v, false, flag)) {
                    return;
                }
                byte[] b = readable(v);
                w8('s' | flag[0]);
                w32(b.length);
                wbytes(b);
            } else if (c == PyTuple.class) {
                if (ref(v, true, flag)) {
                    return;
                }
                PyObject[] items = ((PyTuple) v).items();
                if (version >= 4 && items.length < 256) {
                    w8(')' | flag[0]);
                    w8(items.length);
                } else {
                    w8('(' | flag[0]);
                    w32(items.length);
                }
                for (PyObject x : items) {
                    write(x);
                }
            } else if (c == PyList.class) {
                if (ref(v, false, flag)) {
                    return;
                }
                PyList l = (PyList) v;
                w8('[' | flag[0]);
                w32(l.size());
                for (int i = 0; i < l.size(); i++) {
                    write(l.get(i));
                }
            } else if (c == PyDict.class) {
                if (ref(v, false, flag)) {
                    return;
                }
                w8('{' | flag[0]);
                for (Map.Entry<PyObject, PyObject> e : ((PyDict) v).entries()) {
                    write(e.getKey());
                    write(e.getValue());
                }
                w8('0');
            } else if (c == PySet.class) {
                if (ref(v, false, flag)) {
                    return;
                }
                PySet s = (PySet) v;
                w8((s.isFrozen() ? '>' : '<') | flag[0]);
                w32(s.size());
                PyObject it = Abstract.getIter(v);
                for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                    write(x);
                }
            } else if (c == PyCode.class) {
                if (ref(v, false, flag)) {
                    return;
                }
                writeCode((PyCode) v, flag[0]);
            } else {
                throw PyExc.valueError("unmarshallable object");
            }
        }

        /**
         * A code object: 'c', six int32s (co_argcount, co_posonlyargcount, co_kwonlyargcount,
         * the stack size, co_flags, co_firstlineno), then as marshalled values: the instructions
         * (bytes, an int32 per code unit), co_consts (a tuple, nested code objects included),
         * co_names, the localsplus names (tuples of str), their kinds (bytes), co_filename,
         * co_name, co_qualname, then bytes of int32s: the exception table (4 per entry) and the
         * start line, end line, start column and end column of each instruction.
         */
        private void writeCode(PyCode code, int flag) {
            CodeData d = code.data;
            w8('c' | flag);
            for (int field : new int[] {d.argCount, d.posOnlyArgCount, d.kwOnlyArgCount, d.stackSize,
                    code.flags, d.firstLineno}) {
                w32(field);
            }
            write(intsAsBytes(d.code));
            write(new PyTuple(code.consts.clone()));
            write(new PyTuple(code.names.clone()));
            write(new PyTuple(code.localsPlusNames.clone()));
            write(new PyBytes(d.localsPlusKinds.clone()));
            write(PyUnicode.of(d.filename));
            write(PyUnicode.of(d.name));
            write(PyUnicode.of(d.qualname));
            for (int[] table : new int[][] {d.exceptionTable, d.lines, d.endLines, d.cols, d.endCols}) {
                write(intsAsBytes(table));
            }
        }

        private static PyBytes intsAsBytes(int[] values) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(values.length * 4)
                    .order(java.nio.ByteOrder.LITTLE_ENDIAN);
            for (int x : values) {
                b.putInt(x);
            }
            return new PyBytes(b.array());
        }

        private void writeLong(BigInteger x) {
            // 15-bit digits, least significant first; the count carries the sign
            BigInteger a = x.abs();
            List<Integer> digits = new ArrayList<>();
            while (a.signum() > 0) {
                digits.add(a.intValue() & 0x7fff);
                a = a.shiftRight(15);
            }
            w32(x.signum() < 0 ? -digits.size() : digits.size());
            for (int d : digits) {
                w8(d & 0xff);
                w8(d >> 8);
            }
        }

        private void writeDouble(double d) {
            long bits = Double.doubleToRawLongBits(d);
            for (int i = 0; i < 8; i++) {
                w8((int) (bits >>> (8 * i)));
            }
        }

        private void writeFloatText(double d) {
            byte[] b = formatG17(d).getBytes(StandardCharsets.US_ASCII);
            w8(b.length);
            wbytes(b);
        }

        private void writeString(PyUnicode u, int flag) {
            String s = u.value;
            boolean ascii = true;
            boolean identifier = true;
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch >= 128) {
                    ascii = false;
                    identifier = false;
                    break;
                }
                if (!(Character.isLetterOrDigit(ch) || ch == '_')) {
                    identifier = false;
                }
            }
            boolean interned = identifier && version >= 3;
            if (version >= 4 && ascii) {
                byte[] b = s.getBytes(StandardCharsets.US_ASCII);
                if (b.length < 256) {
                    w8((interned ? 'Z' : 'z') | flag);
                    w8(b.length);
                } else {
                    w8((interned ? 'A' : 'a') | flag);
                    w32(b.length);
                }
                wbytes(b);
                return;
            }
            byte[] b = ((PyBytes) Abstract.callMethod(u, "encode", PyUnicode.of("utf-8"),
                    PyUnicode.of("surrogatepass"))).value;
            w8((interned ? 't' : 'u') | flag);
            w32(b.length);
            wbytes(b);
        }
    }

    /** C's {@code "%.17g"}, the text of a float in marshal versions 0 and 1. */
    static String formatG17(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0" : "0";
        }
        java.math.BigDecimal v = new java.math.BigDecimal(d).round(new java.math.MathContext(17, java.math.RoundingMode.HALF_EVEN));
        int exp = v.precision() - v.scale() - 1;
        String text;
        if (exp >= -4 && exp < 17) {
            text = v.setScale(Math.max(0, 16 - exp), java.math.RoundingMode.HALF_EVEN).toPlainString();
            if (text.indexOf('.') >= 0) {
                text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
        } else {
            String digits = v.unscaledValue().abs().toString().replaceAll("0+$", "");
            String mant = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
            text = (v.signum() < 0 ? "-" : "") + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        return text;
    }

    /** The key that decides whether two values are "the same object" for back-references. */
    static Object refKey(PyObject v) {
        Class<?> c = v.getClass();
        if (c == PyLong.class) {
            return java.util.List.of(c, ((PyLong) v).bigValue());
        }
        if (c == PyFloat.class) {
            return java.util.List.of(c, Double.doubleToRawLongBits(((PyFloat) v).value));
        }
        if (c == PyUnicode.class) {
            return java.util.List.of(c, ((PyUnicode) v).value);
        }
        if (c == PyBytes.class) {
            return java.util.List.of(c, java.nio.ByteBuffer.wrap(((PyBytes) v).value));
        }
        return new IdentityKey(v);
    }

    /** Identity as a hash key. */
    private static final class IdentityKey {
        final PyObject v;

        IdentityKey(PyObject v) {
            this.v = v;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof IdentityKey && ((IdentityKey) o).v == v;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(v);
        }
    }

    /** Reads values from bytes. */
    private static final class Reader {
        final byte[] data;
        int pos;
        final List<PyObject> refs = new ArrayList<>();
        int depth;

        Reader(byte[] data) {
            this.data = data;
        }

        byte[] read(int n, boolean typeCode) {
            if (n < 0 || (long) pos + n > data.length) {
                throw PyExc.raise(PyExc.EOFError, typeCode ? "EOF read where object expected" : "marshal data too short");
            }
            byte[] b = java.util.Arrays.copyOfRange(data, pos, pos + n);
            pos += n;
            return b;
        }

        int r8() {
            return read(1, false)[0] & 0xff;
        }

        long r32() {
            byte[] b = read(4, false);
            return (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | (long) b[3] << 24;
        }

        double rDouble() {
            byte[] b = read(8, false);
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits |= (long) (b[i] & 0xff) << (8 * i);
            }
            return Double.longBitsToDouble(bits);
        }

        double rFloatText() {
            int n = r8();
            String s = new String(read(n, false), StandardCharsets.US_ASCII);
            try {
                return Double.parseDouble(s.replace("inf", "Infinity").replace("nan", "NaN"));
            } catch (NumberFormatException e) {
                throw PyExc.valueError("bad marshal data (float)");
            }
        }

        int size(String what) {
            long n = r32();
            if (n < 0) {
                throw PyExc.valueError("bad marshal data (" + what + " size out of range)");
            }
            return (int) n;
        }

        /** A count of items, each at least one byte long: the data runs out at an item's type code. */
        int count(String what) {
            int n = size(what);
            if (n > data.length - pos) {
                throw PyExc.raise(PyExc.EOFError, "EOF read where object expected");
            }
            return n;
        }

        PyObject read() {
            depth++;
            try {
                if (depth > 2000) {
                    throw PyExc.valueError("recursion limit exceeded");
                }
                return readObject();
            } finally {
                depth--;
            }
        }

        private PyObject keep(boolean flag, PyObject v) {
            if (flag) {
                refs.add(v);
            }
            return v;
        }

        private int reserve(boolean flag) {
            if (!flag) {
                return -1;
            }
            refs.add(PyNone.NONE);
            return refs.size() - 1;
        }

        private PyObject fill(int slot, PyObject v) {
            if (slot >= 0) {
                refs.set(slot, v);
            }
            return v;
        }

        private PyObject readObject() {
            int code = read(1, true)[0] & 0xff;
            boolean flag = (code & FLAG_REF) != 0;
            switch (code & ~FLAG_REF) {
                case '0':
                    throw PyExc.typeError("NULL object in marshal data for object");
                case 'N':
                    return PyNone.NONE;
                case 'T':
                    return PyBool.TRUE;
                case 'F':
                    return PyBool.FALSE;
                case '.':
                    return PyEllipsis.ELLIPSIS;
                case 'S':
                    return PyExc.StopIteration;
                case 'i':
                    return keep(flag, PyLong.of((int) r32()));
                case 'l': {
                    long n = r32();
                    long count = Math.abs(n);
                    if (2 * count > data.length - pos) {
                        throw PyExc.raise(PyExc.EOFError, "marshal data too short");
                    }
                    BigInteger v = BigInteger.ZERO;
                    byte[] b = read((int) (2 * count), false);
                    for (int i = (int) count - 1; i >= 0; i--) {
                        int d = (b[2 * i] & 0xff) | (b[2 * i + 1] & 0xff) << 8;
                        if (d > 0x7fff) {
                            throw PyExc.valueError("bad marshal data (digit out of range in long)");
                        }
                        v = v.shiftLeft(15).or(BigInteger.valueOf(d));
                    }
                    return keep(flag, PyLong.of(n < 0 ? v.negate() : v));
                }
                case 'g':
                    return keep(flag, new PyFloat(rDouble()));
                case 'f':
                    return keep(flag, new PyFloat(rFloatText()));
                case 'y': {
                    double re = rDouble();
                    return keep(flag, new PyComplex(re, rDouble()));
                }
                case 'x': {
                    double re = rFloatText();
                    return keep(flag, new PyComplex(re, rFloatText()));
                }
                case 's':
                    return keep(flag, new PyBytes(read(size("bytes object"), false)));
                case 'z':
                case 'Z':
                    return keep(flag, PyUnicode.of(new String(read(r8(), false), StandardCharsets.ISO_8859_1)));
                case 'a':
                case 'A':
                    return keep(flag, PyUnicode.of(new String(read(size("string"), false), StandardCharsets.ISO_8859_1)));
                case 'u':
                case 't':
                    return keep(flag, Abstract.callMethod(new PyBytes(read(size("string"), false)), "decode",
                            PyUnicode.of("utf-8"), PyUnicode.of("surrogatepass")));
                case ')':
                case '(': {
                    int n = (code & ~FLAG_REF) == ')' ? r8() : count("tuple");
                    int slot = reserve(flag);
                    PyObject[] items = new PyObject[n];
                    for (int i = 0; i < n; i++) {
                        items[i] = read();
                    }
                    return fill(slot, new PyTuple(items));
                }
                case '[': {
                    int n = count("list");
                    PyList l = new PyList();
                    keep(flag, l);
                    for (int i = 0; i < n; i++) {
                        l.append(read());
                    }
                    return l;
                }
                case '{': {
                    PyDict d = new PyDict();
                    keep(flag, d);
                    while (true) {
                        int peek = peekCode();
                        if (peek == '0') {
                            read(1, true);
                            return d;
                        }
                        PyObject k = read();
                        PyObject v = read();
                        d.setItem(k, v);
                    }
                }
                case '<':
                case '>': {
                    boolean frozen = (code & ~FLAG_REF) == '>';
                    int n = count("set");
                    PySet s = new PySet(frozen);
                    int slot = frozen ? reserve(flag) : -1;
                    if (!frozen) {
                        keep(flag, s);
                    }
                    for (int i = 0; i < n; i++) {
                        s.add(read());
                    }
                    return frozen ? fill(slot, s) : s;
                }
                case 'r': {
                    long index = r32();
                    if (index < 0 || index >= refs.size()) {
                        throw PyExc.valueError("bad marshal data (invalid reference)");
                    }
                    return refs.get((int) index);
                }
                case 'c':
                    return readCode(flag);
                default:
                    throw PyExc.valueError("bad marshal data (unknown type code)");
            }
        }

        /** A code object as {@link Writer#writeCode} lays it out. */
        private PyObject readCode(boolean flag) {
            int slot = reserve(flag);
            int[] fields = new int[6];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = (int) r32();
            }
            int[] instructions = ints(read());
            PyObject[] consts = tupleItems(read());
            String[] names = strings(read());
            String[] localsPlusNames = strings(read());
            byte[] kinds = bytesValue(read());
            String filename = string(read());
            String name = string(read());
            String qualname = string(read());
            int[][] tables = new int[5][];
            for (int i = 0; i < tables.length; i++) {
                tables[i] = ints(read());
            }
            int units = instructions.length;
            if (kinds.length != localsPlusNames.length || tables[0].length % 4 != 0
                    || tables[1].length != units || tables[2].length != units
                    || tables[3].length != units || tables[4].length != units) {
                throw PyExc.valueError("bad marshal data (inconsistent code object)");
            }
            CodeData d = new CodeData(name, qualname, filename, fields[5], fields[0], fields[1],
                    fields[2], fields[4], fields[3], instructions, consts, names, localsPlusNames,
                    kinds, tables[0], tables[1], tables[2], tables[3], tables[4]);
            return fill(slot, new PyCode(d, fields[4]));
        }

        private static PyObject[] tupleItems(PyObject v) {
            if (!(v instanceof PyTuple)) {
                throw PyExc.valueError("bad marshal data (code object field is not a tuple)");
            }
            return ((PyTuple) v).items().clone();
        }

        private static String[] strings(PyObject v) {
            PyObject[] items = tupleItems(v);
            String[] r = new String[items.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = string(items[i]);
            }
            return r;
        }

        private static String string(PyObject v) {
            if (!(v instanceof PyUnicode)) {
                throw PyExc.valueError("bad marshal data (code object field is not a str)");
            }
            return ((PyUnicode) v).value;
        }

        private static byte[] bytesValue(PyObject v) {
            if (!(v instanceof PyBytes)) {
                throw PyExc.valueError("bad marshal data (code object field is not bytes)");
            }
            return ((PyBytes) v).value;
        }

        private static int[] ints(PyObject v) {
            byte[] b = bytesValue(v);
            if (b.length % 4 != 0) {
                throw PyExc.valueError("bad marshal data (code object table)");
            }
            int[] r = new int[b.length / 4];
            java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(r);
            return r;
        }

        private int peekCode() {
            if (pos >= data.length) {
                throw PyExc.raise(PyExc.EOFError, "EOF read where object expected");
            }
            return data[pos] & 0xff;
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

    static byte[] dumps(PyObject v, int version) {
        Writer w = new Writer(version);
        if (version >= 3) {
            w.countShared(v);
        }
        w.write(v);
        return w.out.toByteArray();
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("marshal");
        m.add("version", PyLong.of(VERSION));
        m.addFunction("dumps", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("marshal.dumps", kw);
            ArgParser.checkCount("dumps", n, 1, 2);
            int version = n < 2 ? VERSION : Abstract.asIndex(a[off + 1]);
            return new PyBytes(dumps(a[off], version));
        });
        m.addFunction("dump", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("marshal.dump", kw);
            ArgParser.checkCount("dump", n, 2, 3);
            int version = n < 3 ? VERSION : Abstract.asIndex(a[off + 2]);
            byte[] b = dumps(a[off], version);
            return Abstract.callMethod(a[off + 1], "write", new PyBytes(b));
        });
        m.addFunction("loads", (self, a, off, n, kw) -> {
            ArgParser.checkCount("loads", n, 1, 1);
            return new Reader(readable(a[off])).read();
        });
        m.addFunction("load", (self, a, off, n, kw) -> {
            ArgParser.checkCount("load", n, 1, 1);
            return loadFromFile(a[off]);
        });
        return m;
    }

    /** load(file): parses one value from what the file holds. */
    private static PyObject loadFromFile(PyObject file) {
        // Read everything the file has left, parse one value, then seek back over the rest
        // when the file can seek, so that consecutive loads see consecutive values.
        PyObject all = Abstract.callMethod(file, "read");
        byte[] data = readable(all);
        Reader r = new Reader(data);
        PyObject v = r.read();
        int unread = data.length - r.pos;
        if (unread > 0) {
            Abstract.callMethod(file, "seek", PyLong.of(-unread), PyLong.of(1));
        }
        return v;
    }
}
