package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.vm.TracebackPrinter;

/**
 * {@code sys.__unraisablehook__}: reports an exception that cannot be raised (from
 * {@code __del__}, a finaliser, a callback) on {@code sys.stderr}, from an
 * {@code UnraisableHookArgs} struct sequence, in CPython's format: a heading line
 * ({@code "Exception ignored in: <object>"}, or the custom message), the traceback if any, and
 * the exception line.
 */
public final class UnraisableHook {
    private UnraisableHook() {
    }

    static final PyType ARGS = StructSequence.newType("UnraisableHookArgs", true,
            "exc_type", "exc_value", "exc_traceback", "err_msg", "object");

    /** The arguments for {@code sys.unraisablehook}, for code that reports an unraisable exception. */
    public static PyObject args(PyBaseException exc, String errMsg, PyObject object) {
        return new StructSequence(ARGS, exc.getType(), exc, exc.traceback == null ? PyNone.NONE : exc.traceback,
                errMsg == null ? PyNone.NONE : org.taipan.objects.PyUnicode.of(errMsg),
                object == null ? PyNone.NONE : object);
    }

    /**
     * Reports an exception nobody can catch (a weakref callback's, a finalizer's) through
     * {@code sys.unraisablehook}, like CPython's {@code PyErr_WriteUnraisable}; a hook that fails
     * or is missing falls back to the default output.
     */
    public static void report(PyBaseException exc, String errMsg, PyObject object) {
        PyObject arg = args(exc, errMsg, object);
        PyObject hook = org.taipan.vm.ThreadState.current().interp.sys.getDict().getStr("unraisablehook");
        if (hook != null && hook != PyNone.NONE) {
            try {
                Abstract.call(hook, arg);
                return;
            } catch (org.taipan.objects.PyException ignored) {
                // fall through to the default output, as CPython does when the hook fails
            }
        }
        write(arg);
    }

    static void write(PyObject arg) {
        if (arg.getType() != ARGS) {
            throw PyExc.typeError("sys.unraisablehook argument type must be UnraisableHookArgs");
        }
        PyTuple t = (PyTuple) arg;
        PyObject value = t.get(1);
        PyObject traceback = t.get(2);
        PyObject errMsg = t.get(3);
        PyObject object = t.get(4);
        StringBuilder sb = new StringBuilder();
        if (object != PyNone.NONE) {
            sb.append(errMsg == PyNone.NONE ? "Exception ignored in" : Abstract.str(errMsg).value)
                    .append(": ").append(Abstract.repr(object).value).append('\n');
        } else if (errMsg != PyNone.NONE) {
            sb.append(Abstract.str(errMsg).value).append(":\n");
        }
        if (value instanceof PyBaseException) {
            PyBaseException e = (PyBaseException) value;
            if (traceback == PyNone.NONE) {
                String s = Abstract.str(e).value;
                sb.append(typeName(e.getType())).append(s.isEmpty() ? "" : ": " + s).append('\n');
            } else {
                sb.append(TracebackPrinter.format(e));
            }
        } else if (t.get(0) instanceof PyType) {
            sb.append(typeName((PyType) t.get(0))).append('\n');
        }
        StdStream.writeTo(SysModule.stream("stderr"), sb.toString());
    }

    private static String typeName(PyType t) {
        String mod = t.moduleName();
        return mod == null || mod.equals("builtins") || mod.equals("__main__") ? t.getName() : mod + "." + t.qualname;
    }
}
