package org.taipan.modules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.InterpreterState;

/**
 * {@code _hashlib}: message digests computed by the JVM's {@link MessageDigest} (the role
 * OpenSSL plays for CPython). Stateless on purpose: {@code hashlib.py} keeps the data a hash
 * object has been fed and asks for the digest of all of it, so no Java object has to live
 * inside a Python one.
 */
public final class DigestModule {
    /** Python's algorithm names and the JVM's, side by side. */
    private static final String[][] ALGORITHMS = {
        {"md5", "MD5"}, {"sha1", "SHA-1"}, {"sha224", "SHA-224"}, {"sha256", "SHA-256"},
        {"sha384", "SHA-384"}, {"sha512", "SHA-512"}, {"sha512_224", "SHA-512/224"},
        {"sha512_256", "SHA-512/256"}, {"sha3_224", "SHA3-224"}, {"sha3_256", "SHA3-256"},
        {"sha3_384", "SHA3-384"}, {"sha3_512", "SHA3-512"},
    };

    private DigestModule() {
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_hashlib");
        m.addFunction("digest", (self, args, off, nargs, kw) -> {
            ArgParser.checkCount("digest", nargs, 2, 2);
            if (!(args[off] instanceof PyUnicode) || !(args[off + 1] instanceof PyBytes)) {
                throw PyExc.typeError("digest() takes a name and bytes");
            }
            MessageDigest md = lookup(((PyUnicode) args[off]).value);
            if (md == null) {
                throw PyExc.valueError("unsupported hash type " + ((PyUnicode) args[off]).value);
            }
            return new PyBytes(md.digest(((PyBytes) args[off + 1]).value));
        });
        m.addFunction("algorithms", (self, args, off, nargs, kw) -> {
            List<PyObject> names = new ArrayList<>();
            for (String[] pair : ALGORITHMS) {
                if (lookup(pair[0]) != null) {
                    names.add(PyUnicode.of(pair[0]));
                }
            }
            return PyTuple.of(names);
        });
        return m;
    }

    private static MessageDigest lookup(String pythonName) {
        for (String[] pair : ALGORITHMS) {
            if (pair[0].equals(pythonName)) {
                try {
                    return MessageDigest.getInstance(pair[1]);
                } catch (NoSuchAlgorithmException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
