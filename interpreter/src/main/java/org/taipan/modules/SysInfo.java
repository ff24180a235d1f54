package org.taipan.modules;

import org.taipan.cli.CommandLine;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * The struct sequences of {@code sys} that describe the interpreter and the platform
 * ({@code version_info}, {@code flags}, {@code float_info}, {@code int_info}, {@code hash_info},
 * {@code thread_info}, {@code asyncgen_hooks}), with CPython 3.11's field names and order.
 * The types are made once per JVM, on first use, after the core types exist.
 */
final class SysInfo {
    private SysInfo() {
    }

    static final PyType VERSION_INFO = StructSequence.newType("sys.version_info",
            "major", "minor", "micro", "releaselevel", "serial");
    static final PyType FLAGS = StructSequence.newType("sys.flags",
            "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
            "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
            "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits");
    static final PyType FLOAT_INFO = StructSequence.newType("sys.float_info", true,
            "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon",
            "radix", "rounds");
    static final PyType INT_INFO = StructSequence.newType("sys.int_info", true,
            "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold");
    static final PyType HASH_INFO = StructSequence.newType("sys.hash_info", true,
            "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff");
    static final PyType THREAD_INFO = StructSequence.newType("sys.thread_info", true, "name", "lock", "version");
    static final PyType ASYNCGEN_HOOKS = StructSequence.newType("asyncgen_hooks", "firstiter", "finalizer");

    private static PyObject i(long v) {
        return PyLong.of(v);
    }

    private static PyObject s(String v) {
        return PyUnicode.of(v);
    }

    static PyObject versionInfo() {
        return new StructSequence(VERSION_INFO, i(3), i(11), i(7), s("final"), i(0));
    }

    /** {@code sys.flags} from the command line options (CPython's defaults where we have no option). */
    static PyObject flags(SysConfig config) {
        CommandLine cl = config.commandLine;
        boolean interactive = cl != null && cl.inspect;
        boolean inspect = interactive || !config.environmentVariable("PYTHONINSPECT").isEmpty();
        return new StructSequence(FLAGS,
                i(0), // debug: -d is a debug-build option
                i(inspect ? 1 : 0),
                i(interactive ? 1 : 0),
                i(cl == null ? 0 : cl.optimize),
                i(config.dontWriteBytecode() ? 1 : 0),
                i(cl != null && (cl.noUserSite || cl.isolated) ? 1 : 0),
                i(cl != null && cl.noSite ? 1 : 0),
                i(cl != null && (cl.ignoreEnvironment || cl.isolated) ? 1 : 0),
                i(cl == null ? 0 : cl.verbose),
                i(cl == null ? 0 : cl.bytesWarning),
                i(cl != null && cl.quiet ? 1 : 0),
                i(1), // hash_randomization: str hashes are not stable across runs in CPython either
                i(cl != null && cl.isolated ? 1 : 0),
                PyBool.of(config.devMode()),
                i(0), // utf8_mode
                i(0), // warn_default_encoding
                PyBool.of(cl != null && (cl.safePath || cl.isolated)),
                i(config.intMaxStrDigits())); // -1: the default, not set by -X or the environment
    }

    /** IEEE 754 binary64, as CPython's float on every platform we run on. */
    static PyObject floatInfo() {
        return new StructSequence(FLOAT_INFO, new PyFloat(Double.MAX_VALUE), i(Double.MAX_EXPONENT + 1), i(308),
                new PyFloat(Double.MIN_NORMAL), i(Double.MIN_EXPONENT + 1), i(-307), i(15), i(53),
                new PyFloat(Math.ulp(1.0)), i(2), i(1));
    }

    /** Our int's hashing and str limits follow CPython's 30-bit-digit build. */
    static PyObject intInfo() {
        return new StructSequence(INT_INFO, i(30), i(4), i(PyLong.DEFAULT_MAX_STR_DIGITS), i(640));
    }

    /** The numeric hash is CPython's (modulus 2**61 - 1), so these parameters are the same. */
    static PyObject hashInfo() {
        return new StructSequence(HASH_INFO, i(64), i((1L << 61) - 1), i(314159), i(0), i(1000003),
                s("siphash13"), i(64), i(128), i(0));
    }

    /** Java threads are the platform's threads (pthreads on Linux); no libc version to report. */
    static PyObject threadInfo() {
        return new StructSequence(THREAD_INFO, s("pthread"), s("semaphore"), PyNone.NONE);
    }

    static PyObject asyncgenHooks(PyObject firstiter, PyObject finalizer) {
        return new StructSequence(ASYNCGEN_HOOKS, firstiter, finalizer);
    }
}
