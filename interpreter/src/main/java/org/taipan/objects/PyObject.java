package org.taipan.objects;

/**
 * The base of every Python object. A Java subclass exists per built-in type ({@code PyLong} is
 * {@code int}); instances of classes defined in Python are {@link PyInstance}s, or a built-in
 * class's {@code Derived} subclass when the class derives from a built-in type.
 *
 * <p>Java's {@code equals}/{@code hashCode} are Python's {@code ==} and {@code hash()}, so Python
 * objects can key Java hash tables directly (dict and set rely on it); use identity collections
 * where identity is meant.
 */
public abstract class PyObject {
    static {
        // Every built-in type exists before the first Python object is used.
        CoreTypes.init();
    }

    /** {@code type(self)}. */
    public abstract PyType getType();

    /** The instance {@code __dict__}, or null when the object has none. */
    public PyDict getDict() {
        return null;
    }

    @Override
    public final int hashCode() {
        return Long.hashCode(Abstract.hash(this));
    }

    @Override
    public final boolean equals(Object o) {
        return o == this || (o instanceof PyObject && Abstract.richCompareBool(this, (PyObject) o, CompareOp.EQ));
    }

    /** {@code str(self)}, for debugging and Java-side messages. */
    @Override
    public String toString() {
        return Abstract.str(this).value;
    }
}
