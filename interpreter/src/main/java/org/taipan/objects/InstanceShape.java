package org.taipan.objects;

import java.util.HashMap;

/**
 * The attribute names of an instance kept without a dict (a "hidden class", our form of CPython's
 * shared-key dicts): instances of a class that got the same names in the same order share one
 * shape, and each keeps only an array of values indexed like {@link #keys}. Shapes form a tree
 * per class, rooted at {@link #rootOf}: adding a name moves an instance to a child shape, made
 * once and then shared. A shape never changes after it is made, so "same shape" means "same
 * layout": the attribute caches compare shapes by identity instead of probing a dict.
 *
 * <p>Anything a shape cannot express (a deletion, a non-{@code str} name, {@code __dict__}
 * handed out to Python code, too many names or branches) turns the instance into an ordinary
 * dict holder for good ({@link PyInstance#getDict}), so {@code __dict__} is always a real dict.
 */
public final class InstanceShape {
    /** More names than this and the instance keeps a dict (linear search stays short). */
    private static final int MAX_KEYS = 30;
    /** More distinct next names than this from one shape and the instance keeps a dict. */
    private static final int MAX_BRANCHES = 24;

    /** The names, in the order they were added (the order {@code __dict__} will show). */
    final PyUnicode[] keys;
    private final InstanceShape parent;
    /** The children by the added name's text; null until the first. */
    private HashMap<String, InstanceShape> children;
    /**
     * The most names any instance that passed through this shape went on to have: the length to
     * give a values array at once, so an {@code __init__} setting n attributes allocates once.
     */
    int expectedSize;

    private InstanceShape(InstanceShape parent, PyUnicode[] keys) {
        this.parent = parent;
        this.keys = keys;
        this.expectedSize = keys.length;
    }

    /** The empty shape new instances of {@code type} start with. */
    static InstanceShape rootOf(PyType type) {
        InstanceShape r = type.instanceRootShape;
        if (r == null) {
            r = new InstanceShape(null, new PyUnicode[0]);
            type.instanceRootShape = r;
        }
        return r;
    }

    /** The number of names. */
    public int size() {
        return keys.length;
    }

    /** The index of {@code name} (an exact {@code str}), or -1. */
    public int indexOf(PyUnicode name) {
        PyUnicode[] ks = keys;
        for (int i = 0; i < ks.length; i++) {
            if (ks[i] == name) {
                return i;
            }
        }
        String s = name.value;
        for (int i = 0; i < ks.length; i++) {
            if (ks[i].value.equals(s)) {
                return i;
            }
        }
        return -1;
    }

    /** The shape with {@code name} added after these names, or null when a dict should take over. */
    InstanceShape with(PyUnicode name) {
        if (children != null) {
            InstanceShape c = children.get(name.value);
            if (c != null) {
                return c;
            }
        }
        if (keys.length >= MAX_KEYS || (children != null && children.size() >= MAX_BRANCHES)) {
            return null;
        }
        PyUnicode[] ks = java.util.Arrays.copyOf(keys, keys.length + 1);
        ks[keys.length] = name;
        InstanceShape c = new InstanceShape(this, ks);
        if (children == null) {
            children = new HashMap<>();
        }
        children.put(name.value, c);
        for (InstanceShape s = this; s != null && s.expectedSize < ks.length; s = s.parent) {
            s.expectedSize = ks.length;
        }
        return c;
    }
}
