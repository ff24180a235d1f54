package org.taipan.objects;

/**
 * An instance of a class defined in Python whose layout is plain {@code object}: its type, its
 * attributes (absent when {@code __slots__} leaves {@code __dict__} out) and the {@code __slots__}
 * values.
 *
 * <p>The attributes start out as an {@link InstanceShape} and a values array (no dict: a third of
 * the memory, and the attribute caches find a name by comparing shapes). The first time
 * anything needs a real dict ({@link #getDict}: {@code __dict__}, {@code vars()}, a deletion, a
 * name the shape cannot hold) the attributes move into one, in the same order, and the instance
 * keeps that dict from then on.
 */
public class PyInstance extends PyObject {
    private static final PyObject[] NO_VALUES = {};

    PyType type;
    private PyDict dict;
    /** The attributes' names while they are kept without a dict; null once a dict holds them (or none may). */
    private InstanceShape shape;
    /** The attributes' values, indexed like the shape's names (may be longer than the shape). */
    private PyObject[] values;
    /** Values of the class's {@code __slots__}, indexed like {@link PyType#slotNames}; null = unset. */
    public final PyObject[] slotValues;

    public PyInstance(PyType type) {
        this.type = type;
        if (type.instancesHaveDict) {
            this.shape = InstanceShape.rootOf(type);
            this.values = NO_VALUES;
        }
        this.slotValues = type.slotNames.length == 0 ? null : new PyObject[type.slotNames.length];
    }

    @Override
    public PyType getType() {
        return type;
    }

    /** The attributes as a dict, moving them out of the shape the first time (see the class comment). */
    @Override
    public PyDict getDict() {
        InstanceShape s = shape;
        if (s != null) {
            PyDict d = new PyDict(s.size());
            PyUnicode[] keys = s.keys;
            for (int i = 0; i < keys.length; i++) {
                d.setItem(keys[i], values[i]);
            }
            dict = d;
            shape = null;
            values = null;
        }
        return dict;
    }

    public void setDict(PyDict d) {
        this.dict = d;
        this.shape = null;
        this.values = null;
    }

    /** The shape while the attributes are kept without a dict, else null (then use {@link #getDict}). */
    public InstanceShape shape() {
        return shape;
    }

    /** The value at index {@code i} of the current shape. */
    public PyObject valueAt(int i) {
        return values[i];
    }

    /** Replaces the value at index {@code i} of the current shape. */
    public void setValueAt(int i, PyObject v) {
        values[i] = v;
    }

    /**
     * Moves to {@code next}, a child of the current shape made by {@link InstanceShape#with}, whose
     * one new name gets {@code v}.
     */
    public void extend(InstanceShape next, PyObject v) {
        int i = shape.size();
        PyObject[] vs = values;
        if (i == vs.length) {
            vs = java.util.Arrays.copyOf(vs, Math.max(i + 1, shape.expectedSize));
            values = vs;
        }
        vs[i] = v;
        shape = next;
    }

    /**
     * The shape {@code name} leads to from the current one (an attribute this instance does not
     * have yet), or null when a dict must hold the attributes instead.
     */
    public InstanceShape shapeWith(PyUnicode name) {
        return name.getClass() == PyUnicode.class ? shape.with(name) : null;
    }

    /** The attribute {@code name}, or null when absent (the shape or the dict, whichever holds them). */
    public PyObject attribute(PyUnicode name) {
        InstanceShape s = shape;
        if (s == null) {
            return dict == null ? null : dict.getItem(name);
        }
        if (name.getClass() != PyUnicode.class) {
            return getDict().getItem(name);
        }
        int i = s.indexOf(name);
        return i < 0 ? null : values[i];
    }

    /** Sets the attribute {@code name} in the shape or the dict; false when there is neither. */
    public boolean setAttribute(PyUnicode name, PyObject v) {
        InstanceShape s = shape;
        if (s != null) {
            int i = name.getClass() == PyUnicode.class ? s.indexOf(name) : -1;
            if (i >= 0) {
                values[i] = v;
                return true;
            }
            InstanceShape next = shapeWith(name);
            if (next != null) {
                extend(next, v);
                return true;
            }
        }
        PyDict d = getDict();
        if (d == null) {
            return false;
        }
        d.setItem(name, v);
        return true;
    }
}
