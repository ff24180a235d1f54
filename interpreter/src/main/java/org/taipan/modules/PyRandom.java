package org.taipan.modules;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;

/**
 * {@code _random.Random}: the Mersenne Twister MT19937 generator with CPython's seeding rules
 * (an int seed becomes an array of 32-bit key words, least significant first), so that the same
 * seed yields the same numbers as CPython. {@code random.Random} (Python) builds on it.
 */
public class PyRandom extends PyObject {
    public static final PyType TYPE = PyType.builtin("_random.Random", null, PyRandom::setup);
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;
    static final SecureRandom ENTROPY = new SecureRandom();

    private final int[] mt = new int[N];
    private int index;

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** A subclass instance created in Python ({@code random.Random} itself is one). */
    static final class Derived extends PyRandom {
        private final PyType type;
        private final PyDict dict;

        Derived(PyType type) {
            this.type = type;
            this.dict = type.instancesHaveDict ? new PyDict() : null;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    /** Seeds from a key of 32-bit words (the reference "init_by_array"). */
    void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
        index = N;
    }

    private void regenerate() {
        int kk = 0;
        for (; kk < N - M; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        for (; kk < N - 1; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        index = 0;
    }

    /** The next 32 random bits, as an int whose bits are the unsigned word. */
    int nextWord() {
        if (index >= N) {
            regenerate();
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** A double in [0, 1) with 53 random bits, as CPython's genrand_res53. */
    double nextDouble() {
        long a = (nextWord() >>> 5) & 0xffffffffL;
        long b = (nextWord() >>> 6) & 0xffffffffL;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** Seeds with a non-negative integer, split into little-endian 32-bit words. */
    void seedInt(BigInteger n) {
        n = n.abs();
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = n.shiftRight(32 * i).intValue();
        }
        initByArray(key);
    }

    void seedEntropy() {
        int[] key = new int[N];
        for (int i = 0; i < N; i++) {
            key[i] = ENTROPY.nextInt();
        }
        initByArray(key);
    }

    void seed(PyObject arg) {
        if (arg == null || arg == PyNone.NONE) {
            seedEntropy();
        } else if (arg instanceof PyLong l) {
            seedInt(l.bigValue());
        } else {
            seedInt(BigInteger.valueOf(Abstract.hash(arg)));
        }
    }

    PyObject getrandbits(long k) {
        if (k < 0) {
            throw PyExc.valueError("number of bits must be non-negative");
        }
        if (k == 0) {
            return PyLong.of(0);
        }
        if (k <= 32) {
            return PyLong.of((nextWord() >>> (32 - k)) & 0xffffffffL);
        }
        if (k <= 63) {
            long lo = nextWord() & 0xffffffffL;
            long hi = (nextWord() >>> (64 - k)) & 0xffffffffL;
            return PyLong.of(lo | (hi << 32));
        }
        if (k > Integer.MAX_VALUE - 64) {
            throw PyExc.overflowError("getrandbits() argument too large");
        }
        int words = (int) ((k - 1) / 32 + 1);
        byte[] big = new byte[words * 4 + 1];
        long left = k;
        for (int i = 0; i < words; i++, left -= 32) {
            int r = nextWord();
            if (left < 32) {
                r >>>= (32 - left);
            }
            int at = big.length - 4 * i;
            big[at - 1] = (byte) r;
            big[at - 2] = (byte) (r >>> 8);
            big[at - 3] = (byte) (r >>> 16);
            big[at - 4] = (byte) (r >>> 24);
        }
        return PyLong.of(new BigInteger(big));
    }

    PyTuple getstate() {
        PyObject[] items = new PyObject[N + 1];
        for (int i = 0; i < N; i++) {
            items[i] = PyLong.of(mt[i] & 0xffffffffL);
        }
        items[N] = PyLong.of(index);
        return new PyTuple(items);
    }

    void setstate(PyObject state) {
        if (!(Abstract.isInstance(state, PyTuple.TYPE))) {
            throw PyExc.typeError("state vector must be a tuple");
        }
        PyTuple t = (PyTuple) state;
        if (t.size() != N + 1) {
            throw PyExc.valueError("state vector is the wrong size");
        }
        int[] words = new int[N];
        for (int i = 0; i < N; i++) {
            words[i] = (int) wordOf(t.get(i));
        }
        long ix = wordOf(t.get(N));
        if (ix < 0 || ix > N) {
            throw PyExc.valueError("invalid state");
        }
        System.arraycopy(words, 0, mt, 0, N);
        index = (int) ix;
    }

    private static long wordOf(PyObject o) {
        PyLong l = Abstract.index(o);
        if (l.signum() < 0 || l.bigValue().bitLength() > 32) {
            if (l.bigValue().bitLength() > 64) {
                throw PyExc.overflowError("Python int too large to convert to C unsigned long");
            }
            return l.signum() < 0 ? -1 : l.bigValue().longValue() & 0xffffffffL;
        }
        return l.longValue();
    }

    private static PyRandom cast(PyObject o) {
        return (PyRandom) o;
    }

    private static void setup(PyType t) {
        t.newFunc = (type, args, off, nargs, kw) -> {
            if (type == TYPE && kw != null && kw.size() > 0) {
                throw PyExc.typeError("Random() takes no keyword arguments");
            }
            if (nargs > 1) {
                throw PyExc.typeError("Random() expected at most 1 argument, got " + nargs);
            }
            return type == TYPE ? new PyRandom() : new Derived(type);
        };
        t.init = (self, args, off, nargs, kw) -> {
            if (nargs > 1) {
                throw PyExc.typeError("Random() expected at most 1 argument, got " + nargs);
            }
            cast(self).seed(nargs == 1 ? args[off] : null);
        };
        t.method("random", self -> new PyFloat(cast(self).nextDouble()));
        t.method("seed", 0, 1, (self, args, off, nargs) -> {
            cast(self).seed(nargs == 0 ? null : args[off]);
            return PyNone.NONE;
        });
        t.method("getrandbits", (self, k) -> cast(self).getrandbits(Abstract.index(k).asLongExact()));
        t.method("getstate", self -> cast(self).getstate());
        t.method("setstate", (self, s) -> {
            cast(self).setstate(s);
            return PyNone.NONE;
        });
    }
}
