package org.taipan.modules;

import java.util.List;
import java.util.Set;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.InterpreterState;

/**
 * {@code _weakref}: the reference type and the per-object queries the library's {@code weakref.py}
 * builds proxies, weak dictionaries, {@code WeakSet} and {@code finalize} on.
 */
public final class WeakrefModule {
    /**
     * Built-in types whose instances CPython lets one weakly reference (those with a
     * {@code tp_weaklistoffset}); every other built-in type answers "cannot create weak reference".
     */
    private static final Set<String> WEAKREFABLE_BUILTINS = Set.of(
            "set", "frozenset", "function", "builtin_function_or_method", "module", "method", "code",
            "generator", "coroutine", "async_generator", "deque", "memoryview", "lock", "RLock",
            "Pattern", "partial", "ReferenceType");
    /** Built-in types whose subclasses still cannot be weakly referenced (variable-size layouts). */
    private static final Set<String> VARIABLE_SIZE = Set.of("int", "bool", "tuple", "bytes");

    private WeakrefModule() {
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_weakref");
        m.getDict().setStr("ref", PyWeakref.TYPE);
        m.getDict().setStr("ReferenceType", PyWeakref.TYPE);
        m.addFunction("getweakrefcount", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("getweakrefcount", kw);
            ArgParser.checkCount("getweakrefcount", n, 1, 1);
            return PyLong.of(WeakrefLists.refsTo(a[off]).size());
        });
        m.addFunction("getweakrefs", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("getweakrefs", kw);
            ArgParser.checkCount("getweakrefs", n, 1, 1);
            List<PyWeakref> refs = WeakrefLists.refsTo(a[off]);
            return new PyList(refs.toArray(new PyObject[0]), refs.size());
        });
        m.addFunction("_remove_dead_weakref", (self, a, off, n, kw) -> {
            ArgParser.checkCount("_remove_dead_weakref", n, 2, 2);
            if (!(a[off] instanceof PyDict)) {
                throw PyExc.typeError("_remove_dead_weakref() argument 1 must be dict, not "
                        + a[off].getType().getName());
            }
            PyDict d = (PyDict) a[off];
            PyObject v = d.getItem(a[off + 1]);
            if (v instanceof PyWeakref && ((PyWeakref) v).get() == null) {
                d.delItemOrNull(a[off + 1]);
            }
            return PyNone.NONE;
        });
        m.addFunction("_sweep", (self, a, off, n, kw) -> {
            WeakrefLists.sweep();
            return PyNone.NONE;
        });
        m.addFunction("_check_weakrefable", (self, a, off, n, kw) -> {
            ArgParser.checkCount("_check_weakrefable", n, 1, 1);
            checkWeakrefable(a[off]);
            return PyNone.NONE;
        });
        return m;
    }

    /** Raises CPython's TypeError when {@code o} cannot be weakly referenced. */
    static void checkWeakrefable(PyObject o) {
        if (!weakrefable(o.getType()) && !(o instanceof PyType)) {
            throw PyExc.typeError("cannot create weak reference to '" + o.getType().getName() + "' object");
        }
    }

    private static boolean weakrefable(PyType t) {
        if (!t.isHeapType) {
            return WEAKREFABLE_BUILTINS.contains(t.name);
        }
        PyType solid = t.solidBase;
        if (VARIABLE_SIZE.contains(solid.name)) {
            return false;
        }
        if (WEAKREFABLE_BUILTINS.contains(solid.name)) {
            return true;
        }
        // a class gets a weak-reference slot unless it (and every class before it) says __slots__
        // without '__weakref__'
        for (PyType c : t.mro) {
            if (!c.isHeapType) {
                continue;
            }
            PyObject slots = c.getDict().getStr("__slots__");
            if (slots == null || declares(slots, "__weakref__")) {
                return true;
            }
        }
        return false;
    }

    private static boolean declares(PyObject slots, String name) {
        if (slots instanceof PyUnicode) {
            return ((PyUnicode) slots).value.equals(name);
        }
        PyObject it = Abstract.getIter(slots);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (x instanceof PyUnicode && ((PyUnicode) x).value.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
