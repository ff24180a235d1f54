package org.taipan.objects;

/**
 * An instance of a class defined in Python whose layout is plain {@code object}: its type, its
 * {@code __dict__} (absent when {@code __slots__} leaves it out) and the {@code __slots__} values.
 */
public class PyInstance extends PyObject {
    PyType type;
    private PyDict dict;
    /** Values of the class's {@code __slots__}, indexed like {@link PyType#slotNames}; null = unset. */
    public final PyObject[] slotValues;

    public PyInstance(PyType type) {
        this.type = type;
        this.dict = type.instancesHaveDict ? new PyDict() : null;
        this.slotValues = type.slotNames.length == 0 ? null : new PyObject[type.slotNames.length];
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    public void setDict(PyDict d) {
        this.dict = d;
    }
}
