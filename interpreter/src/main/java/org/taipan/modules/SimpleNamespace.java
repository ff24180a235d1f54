package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.CompareOp;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyInstance;
import org.taipan.objects.PyNotImplemented;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;
import org.taipan.objects.TypeSlots;

/**
 * {@code types.SimpleNamespace} (CPython's namespaceobject): attributes from keyword arguments, repr {@code namespace(a=1, ...)}, equality by attribute dict. It is the type
 * of {@code sys.implementation}, and the library's {@code types.py} takes it from there, as
 * CPython's does.
 */
final class SimpleNamespace {
    /** The namespaces whose repr is being built on this thread (to cut recursion). */
    private static final ThreadLocal<java.util.Set<PyObject>> IN_REPR =
            ThreadLocal.withInitial(() -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));

    private SimpleNamespace() {
    }

    static final PyType TYPE = PyType.builtin("types.SimpleNamespace", null, SimpleNamespace::setup);

    static PyObject create() {
        return new PyInstance(TYPE);
    }

    private static void setup(PyType t) {
        t.instancesHaveDict = true;
        t.newFunc = (type, args, off, nargs, kw) -> new PyInstance(type);
        t.init = (self, args, off, nargs, kw) -> {
            // 3.11 takes keyword arguments only (a positional mapping arrives in 3.13).
            if (nargs > 0) {
                throw PyExc.typeError("no positional arguments expected");
            }
            for (int i = 0; kw != null && i < kw.size(); i++) {
                self.getDict().setItem(kw.get(i), args[off + nargs + i]);
            }
        };
        t.repr = self -> {
            String name = self.getType() == TYPE ? "namespace" : self.getType().getName();
            java.util.Set<PyObject> active = IN_REPR.get();
            if (!active.add(self)) {
                return PyUnicode.of(name + "(...)");  // a namespace that contains itself
            }
            try {
                StringBuilder sb = new StringBuilder(name).append('(');
                boolean first = true;
                for (java.util.Map.Entry<PyObject, PyObject> e : self.getDict().entries()) {
                    sb.append(first ? "" : ", ").append(Abstract.str(e.getKey()).value).append('=')
                            .append(Abstract.repr(e.getValue()).value);
                    first = false;
                }
                return PyUnicode.of(sb.append(')').toString());
            } finally {
                active.remove(self);
            }
        };
        t.richcompare = (a, b, op) -> {
            if (!b.getType().isSubtypeOf(TYPE) || op != CompareOp.EQ && op != CompareOp.NE) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return Abstract.richCompare(a.getDict(), b.getDict(), op);
        };
        t.hash = TypeSlots.HASH_NOT_IMPLEMENTED;
        t.getset("__dict__", self -> self.getDict(), null);
        t.method("__reduce__", self -> new PyTuple(self.getType(), new PyTuple(), self.getDict()));
    }
}
