package org.taipan.embed;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PySet;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;

/**
 * Basic values between Java and Python, both ways (CPython's {@code PyLong_FromLong},
 * {@code PyUnicode_AsUTF8} and friends in one place). Java to Python: null, Boolean, the integer
 * types and BigInteger, Float/Double, String/Character, byte[], List, Object[] (a tuple), Set and
 * Map, recursively; a PyObject passes through. Python to Java: None, bool, int (Long, or
 * BigInteger when it does not fit), float, str, bytes, list and tuple (List), set (Set), dict
 * (Map); any other object stays a PyObject.
 */
public final class Conversion {
    private Conversion() {
    }

    /** A Python object for a Java value; IllegalArgumentException for a type with no Python counterpart. */
    public static PyObject toPython(Object v) {
        if (v == null) {
            return PyNone.NONE;
        }
        if (v instanceof PyObject) {
            return (PyObject) v;
        }
        if (v instanceof Boolean) {
            return PyBool.of((Boolean) v);
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return PyLong.of(((Number) v).longValue());
        }
        if (v instanceof BigInteger) {
            return PyLong.of((BigInteger) v);
        }
        if (v instanceof Double || v instanceof Float) {
            return new PyFloat(((Number) v).doubleValue());
        }
        if (v instanceof String || v instanceof Character) {
            return PyUnicode.of(v.toString());
        }
        if (v instanceof byte[]) {
            return new PyBytes(((byte[]) v).clone());
        }
        if (v instanceof Object[]) {
            Object[] a = (Object[]) v;
            PyObject[] items = new PyObject[a.length];
            for (int i = 0; i < a.length; i++) {
                items[i] = toPython(a[i]);
            }
            return new PyTuple(items);
        }
        if (v instanceof List) {
            PyList l = new PyList();
            for (Object o : (List<?>) v) {
                l.append(toPython(o));
            }
            return l;
        }
        if (v instanceof Set) {
            PySet s = new PySet(false);
            for (Object o : (Set<?>) v) {
                s.add(toPython(o));
            }
            return s;
        }
        if (v instanceof Map) {
            PyDict d = new PyDict();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                d.setItem(toPython(e.getKey()), toPython(e.getValue()));
            }
            return d;
        }
        throw new IllegalArgumentException("no Python counterpart for a Java " + v.getClass().getName());
    }

    /** The Java value of a basic Python object; other objects are returned as they are. */
    public static Object toJava(PyObject v) {
        if (v == null || v == PyNone.NONE) {
            return null;
        }
        if (v instanceof PyBool) {
            return v == PyBool.TRUE;
        }
        if (v instanceof PyLong) {
            PyLong l = (PyLong) v;
            return l.fitsLong() ? (Object) l.longValue() : l.bigValue();
        }
        if (v instanceof PyFloat) {
            return ((PyFloat) v).value;
        }
        if (v instanceof PyUnicode) {
            return ((PyUnicode) v).value;
        }
        if (v instanceof PyBytes) {
            return ((PyBytes) v).value.clone();
        }
        if (v instanceof PyList || v instanceof PyTuple) {
            List<Object> out = new ArrayList<>();
            if (v instanceof PyList) {
                PyList l = (PyList) v;
                for (int i = 0; i < l.size(); i++) {
                    out.add(toJava(l.get(i)));
                }
                return out;
            }
            PyTuple t = (PyTuple) v;
            for (int i = 0; i < t.size(); i++) {
                out.add(toJava(t.get(i)));
            }
            return Collections.unmodifiableList(out);
        }
        if (v instanceof PySet) {
            Set<Object> out = new LinkedHashSet<>();
            for (PyObject o : setItems(v)) {
                out.add(toJava(o));
            }
            return out;
        }
        if (v instanceof PyDict) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<PyObject, PyObject> e : ((PyDict) v).entries()) {
                out.put(toJava(e.getKey()), toJava(e.getValue()));
            }
            return out;
        }
        return v;
    }

    private static List<PyObject> setItems(PyObject s) {
        List<PyObject> items = new ArrayList<>();
        PyObject it = org.taipan.objects.Abstract.getIter(s);
        for (PyObject o = org.taipan.objects.Abstract.next(it); o != null; o = org.taipan.objects.Abstract.next(it)) {
            items.add(o);
        }
        return items;
    }
}
