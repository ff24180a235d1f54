package org.taipan.objects;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code dict}: insertion-ordered, keyed by Python hash and equality (a {@link LinkedHashMap}
 * over {@link PyObject}'s Python-level {@code equals}/{@code hashCode}).
 */
public class PyDict extends PyObject {
    public static PyType TYPE;

    final LinkedHashMap<PyObject, PyObject> map;

    public PyDict() {
        this.map = new LinkedHashMap<>();
    }

    public PyDict(int capacity) {
        this.map = new LinkedHashMap<>(capacity);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public int size() {
        return map.size();
    }

    /** The value for {@code key}, or null when absent. */
    public PyObject getItem(PyObject key) {
        return map.get(key);
    }

    public PyObject getStr(String key) {
        return map.get(PyUnicode.of(key));
    }

    public boolean containsStr(String key) {
        return map.containsKey(PyUnicode.of(key));
    }

    public boolean containsKey(PyObject key) {
        return map.containsKey(key);
    }

    public void setItem(PyObject key, PyObject value) {
        map.put(key, value);
    }

    public void setStr(String key, PyObject value) {
        map.put(PyUnicode.of(key), value);
    }

    /** Removes {@code key}; returns the old value or null when absent. */
    public PyObject delItemOrNull(PyObject key) {
        return map.remove(key);
    }

    public Set<Map.Entry<PyObject, PyObject>> entries() {
        return map.entrySet();
    }

    public Set<PyObject> keySet() {
        return map.keySet();
    }

    public void clear() {
        map.clear();
    }

    /** {@code self.update(other)} for a dict or a mapping with keys(), or an iterable of pairs. */
    public void update(PyObject other) {
        if (other instanceof PyDict) {
            map.putAll(((PyDict) other).map);
            return;
        }
        PyObject keys = Abstract.getAttrOrNull(other, "keys");
        if (keys != null) {
            PyObject it = Abstract.getIter(Abstract.call(keys));
            for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
                map.put(k, Abstract.getItem(other, k));
            }
            return;
        }
        PyObject it = Abstract.getIter(other);
        int i = 0;
        for (PyObject pair = Abstract.next(it); pair != null; pair = Abstract.next(it), i++) {
            PyTuple kv;
            try {
                kv = PyTuple.fromIterable(pair);
            } catch (PyException e) {
                if (e.matches(PyExc.TypeError)) {
                    throw PyExc.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
                }
                throw e;
            }
            if (kv.size() != 2) {
                throw PyExc.valueError("dictionary update sequence element #" + i + " has length "
                        + kv.size() + "; 2 is required");
            }
            map.put(kv.get(0), kv.get(1));
        }
    }

    /** An iterator that raises CPython's RuntimeError when the dict changes size meanwhile. */
    Iterator<Map.Entry<PyObject, PyObject>> iterator() {
        return map.entrySet().iterator();
    }

    /** A dict subclass instance created in Python. */
    static final class Derived extends PyDict {
        private final PyType type;
        private final PyDict dict;

        Derived(PyType type) {
            this.type = type;
            this.dict = type.instancesHaveDict ? new PyDict() : null;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }
    }
}
