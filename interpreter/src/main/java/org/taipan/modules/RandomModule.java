package org.taipan.modules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyObject;
import org.taipan.vm.InterpreterState;

/**
 * {@code _random}: the generator type of the {@code random} module, plus the two services
 * {@code random.py} needs that Taipan has no other module for yet: SHA-512 (for seeding from
 * str and bytes) and operating-system entropy.
 */
public final class RandomModule {
    private RandomModule() {
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_random");
        m.add("Random", PyRandom.TYPE);
        m.addFunction("_sha512", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("_sha512", kw);
            if (n != 1 || !(a[off] instanceof PyBytes b)) {
                throw PyExc.typeError("_sha512() expects one bytes argument");
            }
            try {
                return new PyBytes(MessageDigest.getInstance("SHA-512").digest(b.value));
            } catch (NoSuchAlgorithmException e) {
                throw PyExc.systemError("SHA-512 is not available");
            }
        });
        m.addFunction("_urandom", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("_urandom", kw);
            if (n != 1) {
                throw PyExc.typeError("_urandom() takes exactly one argument");
            }
            int size = Abstract.asIndex(a[off]);
            if (size < 0) {
                throw PyExc.valueError("negative argument not allowed");
            }
            byte[] r = new byte[size];
            PyRandom.ENTROPY.nextBytes(r);
            return new PyBytes(r);
        });
        return m;
    }
}
