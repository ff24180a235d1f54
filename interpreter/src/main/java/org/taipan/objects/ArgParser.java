package org.taipan.objects;

/**
 * Argument checking for functions written in Java, with CPython's messages (its Argument
 * Clinic): positional counts, and binding a vectorcall argument list to named parameters.
 */
public final class ArgParser {
    private ArgParser() {
    }

    /** {@code name expected N arguments, got K} and its at-least/at-most forms. */
    public static void checkCount(String name, int nargs, int min, int max) {
        if (nargs >= min && nargs <= max) {
            return;
        }
        if (min == max) {
            throw PyExc.typeError(name + " expected " + min + " argument" + (min == 1 ? "" : "s") + ", got " + nargs);
        }
        if (nargs < min) {
            throw PyExc.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + nargs);
        }
        throw PyExc.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + nargs);
    }

    /** Raises {@code name() takes no keyword arguments} when keywords were passed. */
    public static void noKeywords(String name, PyTuple kw) {
        if (kw != null && kw.size() > 0) {
            throw PyExc.typeError(name + "() takes no keyword arguments");
        }
    }

    /**
     * Binds positional and keyword arguments to {@code names} (the first {@code posOnly} are
     * positional-only); unbound ones are null. Messages follow CPython's clinic-generated ones.
     */
    public static PyObject[] bind(String fname, String[] names, int posOnly, int required,
                                  PyObject[] args, int off, int nargs, PyTuple kw) {
        PyObject[] out = new PyObject[names.length];
        if (nargs > names.length) {
            throw PyExc.typeError(fname + "() takes at most " + names.length + " argument"
                    + (names.length == 1 ? "" : "s") + " (" + (nargs + (kw == null ? 0 : kw.size())) + " given)");
        }
        System.arraycopy(args, off, out, 0, nargs);
        if (kw != null) {
            for (int i = 0; i < kw.size(); i++) {
                String k = ((PyUnicode) kw.get(i)).value;
                int j = -1;
                for (int p = posOnly; p < names.length; p++) {
                    if (names[p].equals(k)) {
                        j = p;
                        break;
                    }
                }
                if (j < 0) {
                    throw PyExc.typeError("'" + k + "' is an invalid keyword argument for " + fname + "()");
                }
                if (out[j] != null) {
                    throw PyExc.typeError("argument for " + fname + "() given by name ('" + k
                            + "') and position (" + (j + 1) + ")");
                }
                out[j] = args[off + nargs + i];
            }
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                if (i < posOnly) {
                    throw PyExc.typeError(fname + "() takes at least " + required + " positional argument"
                            + (required == 1 ? "" : "s") + " (" + nargs + " given)");
                }
                throw PyExc.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }
}
