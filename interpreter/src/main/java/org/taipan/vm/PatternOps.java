package org.taipan.vm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.taipan.objects.Abstract;
import org.taipan.objects.IterTypes;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyMappingProxy;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PySet;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/** Structural pattern matching (MATCH_*) and {@code except*} (CHECK_EG_MATCH, PREP_RERAISE_STAR). */
final class PatternOps {
    private PatternOps() {
    }

    /** CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING, as {@code __abc_tpflags__} holds them. */
    private static final int SEQUENCE_FLAG = 1 << 5;
    private static final int MAPPING_FLAG = 1 << 6;

    static boolean isMapping(PyObject o) {
        return o instanceof PyDict || o instanceof PyMappingProxy || abcFlags(o.getType()) == MAPPING_FLAG;
    }

    static boolean isSequence(PyObject o) {
        if (o instanceof PyUnicode || o instanceof PyBytes || o instanceof PyDict) {
            return false;
        }
        PyType t = o.getType();
        return o instanceof PyList || o instanceof PyTuple || t.isSubtypeOf(IterTypes.RANGE)
                || t.isSubtypeOf(org.taipan.modules.PyDeque.TYPE) || abcFlags(t) == SEQUENCE_FLAG;
    }

    /**
     * The collection flag a class gets from the {@code collections.abc} class it derives from
     * ({@code __abc_tpflags__} on Sequence and Mapping), or from registering with one of them
     * ({@code ABCMeta.register} copies the flag onto the class), as ABCMeta sets it in CPython.
     */
    private static int abcFlags(PyType t) {
        if (!t.isHeapType) {
            return 0;
        }
        for (PyType b : t.mro) {
            PyObject v = b.dict.getStr("__abc_tpflags__");
            if (v instanceof PyLong) {
                return ((PyLong) v).intValue() & (SEQUENCE_FLAG | MAPPING_FLAG);
            }
        }
        return 0;
    }

    /** MATCH_KEYS: the values for keys, or None when one is missing. */
    static PyObject matchKeys(PyObject subject, PyObject keysObj) {
        PyTuple keys = (PyTuple) keysObj;
        if (keys.size() == 0) {
            return PyTuple.EMPTY;
        }
        PyObject get = Abstract.getAttr(subject, "get");
        PyObject dummy = new PyList();
        PySet seen = new PySet(false);
        PyObject[] values = new PyObject[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            PyObject k = keys.get(i);
            if (seen.contains(k)) {
                throw PyExc.valueError("mapping pattern checks duplicate key (" + Abstract.repr(k).value + ")");
            }
            seen.add(k);
            PyObject v = Abstract.call(get, k, dummy);
            if (v == dummy) {
                return PyNone.NONE;
            }
            values[i] = v;
        }
        return new PyTuple(values);
    }

    private static boolean matchesSelf(PyType t) {
        for (PyType b : t.mro) {
            if (b == PyBool.TYPE || b == PyBytes.TYPE || b == PyDict.TYPE || b == PyFloat.TYPE
                    || b == PySet.FROZENSET_TYPE || b == PyLong.TYPE || b == PyList.TYPE || b == PySet.SET_TYPE
                    || b == PyUnicode.TYPE || b == PyTuple.TYPE) {
                return true;
            }
        }
        return false;
    }

    /** MATCH_CLASS: the tuple of matched attributes, or None. */
    static PyObject matchClass(PyObject subject, PyObject clsObj, PyObject namesObj, int nargs) {
        if (!(clsObj instanceof PyType)) {
            throw PyExc.typeError("called match pattern must be a class");
        }
        PyType cls = (PyType) clsObj;
        if (!Abstract.isInstance(subject, cls)) {
            return PyNone.NONE;
        }
        PyTuple names = (PyTuple) namesObj;
        List<PyObject> attrs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (nargs > 0) {
            PyObject matchArgs = Abstract.getAttrOrNull(cls, "__match_args__");
            boolean self = false;
            PyTuple ma;
            if (matchArgs == null) {
                if (matchesSelf(cls)) {
                    self = true;
                    ma = PyTuple.EMPTY;
                } else {
                    ma = PyTuple.EMPTY;
                }
            } else if (!(matchArgs instanceof PyTuple)) {
                throw PyExc.typeError(cls.getName() + ".__match_args__ must be a tuple (got "
                        + matchArgs.getType().getName() + ")");
            } else {
                ma = (PyTuple) matchArgs;
            }
            int allowed = self ? 1 : ma.size();
            if (nargs > allowed) {
                throw PyExc.typeError(cls.getName() + "() accepts " + allowed + " positional sub-pattern"
                        + (allowed == 1 ? "" : "s") + " (" + nargs + " given)");
            }
            if (self) {
                attrs.add(subject);
            } else {
                for (int i = 0; i < nargs; i++) {
                    PyObject n = ma.get(i);
                    if (!(n instanceof PyUnicode)) {
                        throw PyExc.typeError("__match_args__ elements must be strings (got " + n.getType().getName() + ")");
                    }
                    PyObject v = attr(subject, (PyUnicode) n, seen, cls);
                    if (v == null) {
                        return PyNone.NONE;
                    }
                    attrs.add(v);
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            PyObject v = attr(subject, (PyUnicode) names.get(i), seen, cls);
            if (v == null) {
                return PyNone.NONE;
            }
            attrs.add(v);
        }
        return PyTuple.of(attrs);
    }

    private static PyObject attr(PyObject subject, PyUnicode name, Set<String> seen, PyType cls) {
        if (!seen.add(name.value)) {
            throw PyExc.typeError(cls.getName() + "() got multiple sub-patterns for attribute '" + name.value + "'");
        }
        return Abstract.getAttrOrNull(subject, name);
    }

    // --- except* ---

    static void checkStarType(PyObject type) {
        Exceptions.checkExceptType(type);
        if (type instanceof PyTuple) {
            for (PyObject t : ((PyTuple) type).items()) {
                checkStarType(t);
            }
            return;
        }
        if (((PyType) type).isSubtypeOf(PyExc.BaseExceptionGroup)) {
            throw PyExc.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    /** {match, rest} of an exception against an except* type (CPython's exception_group_match). */
    static PyObject[] egMatch(PyObject exc, PyObject type) {
        if (exc == PyNone.NONE) {
            return new PyObject[] {PyNone.NONE, PyNone.NONE};
        }
        if (Abstract.isInstance(exc, type)) {
            if (exc.getType().isSubtypeOf(PyExc.BaseExceptionGroup)) {
                return new PyObject[] {exc, PyNone.NONE};
            }
            PyBaseException wrapped = (PyBaseException) Abstract.call(PyExc.BaseExceptionGroup, PyUnicode.EMPTY,
                    new PyTuple(exc));
            wrapped.traceback = ((PyBaseException) exc).traceback;
            return new PyObject[] {wrapped, PyNone.NONE};
        }
        if (exc.getType().isSubtypeOf(PyExc.BaseExceptionGroup)) {
            PyTuple pair = (PyTuple) Abstract.callMethod(exc, "split", type);
            return new PyObject[] {pair.get(0), pair.get(1)};
        }
        return new PyObject[] {PyNone.NONE, exc};
    }

    private static void leaves(PyObject e, IdentityHashMap<PyObject, Boolean> out) {
        if (e == PyNone.NONE) {
            return;
        }
        if (e.getType().isSubtypeOf(PyExc.BaseExceptionGroup)) {
            for (PyObject x : ((PyTuple) ((PyBaseException) e).attr("exceptions")).items()) {
                leaves(x, out);
            }
        } else {
            out.put(e, Boolean.TRUE);
        }
    }

    /** PREP_RERAISE_STAR: what an except* statement raises after its handlers ran. */
    static PyObject prepReraiseStar(PyObject orig, PyObject excsObj) {
        PyList excs = (PyList) excsObj;
        List<PyObject> present = new ArrayList<>();
        for (int i = 0; i < excs.size(); i++) {
            if (excs.get(i) != PyNone.NONE) {
                present.add(excs.get(i));
            }
        }
        if (present.isEmpty()) {
            return PyNone.NONE;
        }
        if (!orig.getType().isSubtypeOf(PyExc.BaseExceptionGroup)) {
            return present.get(0);
        }
        IdentityHashMap<PyObject, Boolean> origLeaves = new IdentityHashMap<>();
        leaves(orig, origLeaves);
        List<PyObject> raised = new ArrayList<>();
        IdentityHashMap<PyObject, Boolean> reraisedLeaves = new IdentityHashMap<>();
        for (PyObject e : present) {
            IdentityHashMap<PyObject, Boolean> l = new IdentityHashMap<>();
            leaves(e, l);
            boolean isReraise = !l.isEmpty() && origLeaves.keySet().containsAll(l.keySet());
            if (isReraise) {
                reraisedLeaves.putAll(l);
            } else {
                raised.add(e);
            }
        }
        PyObject reraisedEg = PyNone.NONE;
        if (!reraisedLeaves.isEmpty()) {
            PyObject cond = new org.taipan.objects.PyBuiltinFunction("<leaf>", null,
                    (self, a, off, n, kw) -> PyBool.of(reraisedLeaves.containsKey(a[off])));
            PyTuple pair = (PyTuple) Abstract.callMethod(orig, "split", cond);
            reraisedEg = pair.get(0);
        }
        if (raised.isEmpty()) {
            return reraisedEg;
        }
        if (reraisedEg != PyNone.NONE) {
            raised.add(reraisedEg);
        }
        if (raised.size() == 1) {
            return raised.get(0);
        }
        return Abstract.call(PyExc.BaseExceptionGroup, PyUnicode.EMPTY, new PyList(raised));
    }
}
