package org.taipan.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyByteArray;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * A compiled {@code struct} format (CPython's _struct.c): the byte order, the items with their
 * offsets, and packing and unpacking by the rules of native ({@code @}, x86-64 sizes and
 * alignment) and standard ({@code = < > !}) modes.
 */
final class StructFormat {
    /** One format item: a code, its repeat count ('s'/'p': the length) and offset. */
    private static final class Item {
        final char code;
        final int count;
        final int offset;
        final int size;

        Item(char code, int count, int offset, int size) {
            this.code = code;
            this.count = count;
            this.offset = offset;
            this.size = size;
        }
    }

    static PyType error;

    final String format;
    final int size;
    final int nvalues;
    private final boolean little;
    private final boolean nativeMode;
    private final List<Item> items = new ArrayList<>();

    static PyException error(String msg) {
        return PyExc.raise(error, msg);
    }

    StructFormat(String format) {
        this.format = format;
        int i = 0;
        char order = format.isEmpty() ? '@' : format.charAt(0);
        if ("@=<>!".indexOf(order) >= 0) {
            i = 1;
        } else {
            order = '@';
        }
        nativeMode = order == '@';
        little = order == '@' || order == '=' || order == '<';
        long offset = 0;
        int values = 0;
        int n = format.length();
        while (i < n) {
            char c = format.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            long count = 1;
            if (c >= '0' && c <= '9') {
                count = 0;
                while (i < n && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
                    count = count * 10 + (format.charAt(i) - '0');
                    if (count > Integer.MAX_VALUE) {
                        throw error("total struct size too long");
                    }
                    i++;
                }
                if (i >= n) {
                    throw error("repeat count given without format specifier");
                }
                c = format.charAt(i);
            }
            int itemSize = itemSize(c);
            if (nativeMode && c != 's' && c != 'p' && c != 'x') {
                offset = (offset + itemSize - 1) / itemSize * itemSize;
            }
            if (c == 's' || c == 'p') {
                items.add(new Item(c, (int) count, (int) offset, itemSize));
                offset += count;
                values++;
            } else if (c == 'x') {
                offset += count;
            } else {
                for (long k = 0; k < count; k++) {
                    items.add(new Item(c, 1, (int) offset, itemSize));
                    offset += itemSize;
                    values++;
                }
            }
            if (offset > Integer.MAX_VALUE) {
                throw error("total struct size too long");
            }
            i++;
        }
        this.size = (int) offset;
        this.nvalues = values;
    }

    private int itemSize(char c) {
        switch (c) {
            case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p':
                return 1;
            case 'h': case 'H': case 'e':
                return 2;
            case 'i': case 'I': case 'f':
                return 4;
            case 'l': case 'L':
                return nativeMode ? 8 : 4;
            case 'q': case 'Q': case 'd':
                return 8;
            case 'n': case 'N': case 'P':
                if (nativeMode) {
                    return 8;
                }
                throw error("bad char in struct format");
            default:
                throw error("bad char in struct format");
        }
    }

    // --- packing ---

    byte[] pack(PyObject[] args, int off, int n, String what) {
        if (n != nvalues) {
            throw error(what + " expected " + nvalues + " items for packing (got " + n + ")");
        }
        byte[] out = new byte[size];
        for (int k = 0; k < items.size(); k++) {
            packItem(items.get(k), args[off + k], out, 0);
        }
        return out;
    }

    void packInto(byte[] out, int base, PyObject[] args, int off) {
        for (int k = 0; k < items.size(); k++) {
            packItem(items.get(k), args[off + k], out, base);
        }
    }

    private void packItem(Item it, PyObject v, byte[] out, int base) {
        int at = base + it.offset;
        switch (it.code) {
            case 'c': {
                byte[] b = v instanceof PyBytes ? ((PyBytes) v).value : null;
                if (b == null || b.length != 1) {
                    throw error("char format requires a bytes object of length 1");
                }
                out[at] = b[0];
                return;
            }
            case '?':
                out[at] = (byte) (Abstract.isTrue(v) ? 1 : 0);
                return;
            case 's':
            case 'p': {
                byte[] b = v instanceof PyBytes ? ((PyBytes) v).value : v instanceof PyByteArray ? ((PyByteArray) v).toBytes() : null;
                if (b == null) {
                    throw error("argument for '" + it.code + "' must be a bytes object");
                }
                if (it.code == 's') {
                    System.arraycopy(b, 0, out, at, Math.min(b.length, it.count));
                } else if (it.count > 0) {
                    int len = Math.min(b.length, it.count - 1);
                    System.arraycopy(b, 0, out, at + 1, len);
                    out[at] = (byte) Math.min(len, 255);
                }
                return;
            }
            case 'e':
                putBits(out, at, 2, halfBits(floatArg(v)));
                return;
            case 'f': {
                double d = floatArg(v);
                float f = (float) d;
                if (Float.isInfinite(f) && !Double.isInfinite(d) && !nativeMode) {
                    throw PyExc.overflowError("float too large to pack with f format");
                }
                putBits(out, at, 4, Float.floatToRawIntBits(f) & 0xffffffffL);
                return;
            }
            case 'd':
                putBits(out, at, 8, Double.doubleToRawLongBits(floatArg(v)));
                return;
            default:
                putBits(out, at, it.size, intArg(it, v));
        }
    }

    private void putBits(byte[] out, int at, int n, long bits) {
        for (int k = 0; k < n; k++) {
            int shift = 8 * k;
            out[little ? at + k : at + n - 1 - k] = (byte) (bits >>> shift);
        }
    }

    private static boolean unsigned(char c) {
        return c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P';
    }

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** The integer to pack, range-checked with CPython's messages. */
    private long intArg(Item it, PyObject v) {
        if (!(v instanceof PyLong) && Abstract.lookupSpecial(v, "__index__") == null) {
            throw error("required argument is not an integer");
        }
        BigInteger x = Abstract.index(v).bigValue();
        boolean uns = unsigned(it.code);
        // B and H are read as a C long and range-checked; the wider unsigned codes as an unsigned long
        boolean asUnsignedLong = uns && it.code != 'B' && (it.code != 'H' || !little);
        if (!little && it.size == 8) {
            // big-endian 8-byte codes convert through a byte array, with its message
            if (uns ? x.signum() < 0 || x.compareTo(TWO_64) >= 0 : x.bitLength() > 63) {
                throw error("int too large to convert");
            }
            return x.longValue();
        }
        if (asUnsignedLong ? x.signum() < 0 || x.compareTo(TWO_64) >= 0 : x.bitLength() > 63) {
            throw error("argument out of range");
        }
        if (it.size < 8) {
            int bits = 8 * it.size;
            long lo = uns ? 0 : -(1L << (bits - 1));
            long hi = uns ? (1L << bits) - 1 : (1L << (bits - 1)) - 1;
            long lv = x.longValue();
            if (lv < lo || lv > hi) {
                String name;
                switch (it.code) {
                    case 'b': name = "byte"; break;
                    case 'B': name = "ubyte"; break;
                    // little-endian h/H use the native routines (CPython swaps them in), big-endian the generic
                    case 'h': name = little ? "short" : "'h'"; break;
                    case 'H': name = little ? "ushort" : "'H'"; break;
                    default: name = "'" + it.code + "'"; break;
                }
                throw error(name + " format requires " + lo + " <= number <= " + hi);
            }
        }
        return x.longValue();
    }

    private static double floatArg(PyObject v) {
        if (v instanceof PyFloat) {
            return ((PyFloat) v).value;
        }
        if (v instanceof PyLong && ((PyLong) v).bigValue().bitLength() > 1024) {
            throw error("required argument is not a float");
        }
        if (!(v instanceof PyLong) && v.getType().asFloat == null && Abstract.lookupSpecial(v, "__index__") == null) {
            throw error("required argument is not a float");
        }
        try {
            return org.taipan.objects.NumberProtocol.asDouble(v);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                throw error("required argument is not a float");
            }
            throw e;
        }
    }

    /** IEEE 754 half precision, rounding half to even; too large is CPython's OverflowError. */
    static long halfBits(double x) {
        long sign = (Double.doubleToRawLongBits(x) >>> 63) << 15;
        if (Double.isNaN(x)) {
            return sign | 0x7e00;
        }
        double a = Math.abs(x);
        if (Double.isInfinite(a)) {
            return sign | 0x7c00;
        }
        if (a == 0) {
            return sign;
        }
        int e = Math.getExponent(a);
        long bits;
        if (e < -14) {
            bits = (long) Math.rint(a * 0x1p24);
        } else {
            long m = (long) Math.rint((a / Math.scalb(1.0, e) - 1) * 1024);
            if (m == 1024) {
                m = 0;
                e++;
            }
            if (e > 15) {
                throw PyExc.overflowError("float too large to pack with e format");
            }
            bits = ((long) (e + 15) << 10) | m;
        }
        return sign | bits;
    }

    static double halfValue(int h) {
        int sign = (h >> 15) & 1;
        int e = (h >> 10) & 0x1f;
        int m = h & 0x3ff;
        double v;
        if (e == 0) {
            v = m * 0x1p-24;
        } else if (e == 31) {
            v = m == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            v = (1 + m / 1024.0) * Math.scalb(1.0, e - 15);
        }
        return sign == 1 ? -v : v;
    }

    // --- unpacking ---

    PyTuple unpack(byte[] data, int base) {
        PyObject[] out = new PyObject[items.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = unpackItem(items.get(k), data, base);
        }
        return new PyTuple(out);
    }

    private long getBits(byte[] d, int at, int n) {
        long v = 0;
        for (int k = 0; k < n; k++) {
            int b = d[little ? at + k : at + n - 1 - k] & 0xff;
            v |= (long) b << (8 * k);
        }
        return v;
    }

    private PyObject unpackItem(Item it, byte[] d, int base) {
        int at = base + it.offset;
        switch (it.code) {
            case 'c':
                return new PyBytes(new byte[] {d[at]});
            case '?':
                return PyBool.of(d[at] != 0);
            case 's':
                return new PyBytes(java.util.Arrays.copyOfRange(d, at, at + it.count));
            case 'p': {
                if (it.count == 0) {
                    return new PyBytes(new byte[0]);
                }
                int len = Math.min(d[at] & 0xff, it.count - 1);
                return new PyBytes(java.util.Arrays.copyOfRange(d, at + 1, at + 1 + len));
            }
            case 'e':
                return new PyFloat(halfValue((int) getBits(d, at, 2)));
            case 'f':
                return new PyFloat(Float.intBitsToFloat((int) getBits(d, at, 4)));
            case 'd':
                return new PyFloat(Double.longBitsToDouble(getBits(d, at, 8)));
            default: {
                long v = getBits(d, at, it.size);
                if (unsigned(it.code)) {
                    if (it.size == 8 && v < 0) {
                        return PyLong.of(new BigInteger(Long.toUnsignedString(v)));
                    }
                    return PyLong.of(v);
                }
                int shift = 64 - 8 * it.size;
                return PyLong.of((v << shift) >> shift);
            }
        }
    }

    static String formatArg(PyObject fmt) {
        if (fmt instanceof PyUnicode) {
            return ((PyUnicode) fmt).value;
        }
        if (fmt instanceof PyBytes) {
            return new String(((PyBytes) fmt).value, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        throw PyExc.typeError("Struct() argument 1 must be a str or bytes object, not " + fmt.getType().getName());
    }
}
