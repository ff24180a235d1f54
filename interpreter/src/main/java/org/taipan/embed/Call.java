package org.taipan.embed;

import java.util.List;
import java.util.Map;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.Interpreter;

/**
 * Calling Python from Java with Java arguments: {@code PyObject_Call}, {@code PyObject_CallMethod},
 * {@code PyObject_GetAttrString} and {@code PyImport_ImportModule}. Arguments are converted with
 * {@link Conversion#toPython}; results stay Python objects (convert them with
 * {@link Conversion#toJava}). Each call holds the GIL for its duration; a Python exception
 * surfaces as {@link PythonException}.
 */
public final class Call {
    private Call() {
    }

    /** {@code callable(*args)}. */
    public static PyObject call(PyObject callable, Object... args) {
        return GilState.call(() -> Abstract.call(callable, toPython(args)));
    }

    /** {@code callable(*args, **kwargs)}. */
    public static PyObject call(PyObject callable, List<?> args, Map<String, ?> kwargs) {
        return GilState.call(() -> {
            int n = args.size();
            PyObject[] all = new PyObject[n + kwargs.size()];
            PyObject[] names = new PyObject[kwargs.size()];
            for (int i = 0; i < n; i++) {
                all[i] = Conversion.toPython(args.get(i));
            }
            int k = 0;
            for (Map.Entry<String, ?> e : kwargs.entrySet()) {
                names[k] = PyUnicode.of(e.getKey());
                all[n + k] = Conversion.toPython(e.getValue());
                k++;
            }
            return Abstract.call(callable, all, 0, n, k == 0 ? null : new PyTuple(names));
        });
    }

    /** {@code obj.name(*args)}. */
    public static PyObject callMethod(PyObject obj, String name, Object... args) {
        return GilState.call(() -> Abstract.call(Abstract.getAttr(obj, name), toPython(args)));
    }

    /** {@code getattr(obj, name)}. */
    public static PyObject getAttr(PyObject obj, String name) {
        return GilState.call(() -> Abstract.getAttr(obj, name));
    }

    /** {@code import name} in the current interpreter: the named module (the leaf of a dotted name). */
    public static PyObject importModule(String name) {
        return GilState.call(() -> {
            Interpreter.importModule(name, null, org.taipan.objects.PyNone.NONE, 0);
            return org.taipan.vm.ThreadState.current().interp.modules.getStr(name);
        });
    }

    private static PyObject[] toPython(Object[] args) {
        PyObject[] a = new PyObject[args.length];
        for (int i = 0; i < args.length; i++) {
            a[i] = Conversion.toPython(args[i]);
        }
        return a;
    }
}
