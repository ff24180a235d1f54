package org.taipan.objects;

/** {@code member_descriptor}: one {@code __slots__} entry of a class defined in Python. */
public final class PyMemberDescr extends PyObject {
    public static PyType TYPE;
    final PyType owner;
    final String name;
    final int index;

    PyMemberDescr(PyType owner, String name, int index) {
        this.owner = owner;
        this.name = name;
        this.index = index;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private PyObject[] values(PyObject obj) {
        if (!(obj instanceof PyInstance) || !obj.getType().isSubtypeOf(owner)) {
            throw PyExc.typeError("descriptor '" + name + "' for '" + owner.getName()
                    + "' objects doesn't apply to a '" + obj.getType().getName() + "' object");
        }
        return ((PyInstance) obj).slotValues;
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.descrGet = (d, obj, type) -> {
            if (obj == null) {
                return d;
            }
            PyMemberDescr m = (PyMemberDescr) d;
            PyObject v = m.values(obj)[m.index];
            if (v == null) {
                throw PyExc.attributeErrorFor(obj, PyUnicode.of(m.name), "'" + obj.getType().getName()
                        + "' object has no attribute '" + m.name + "'");
            }
            return v;
        };
        t.descrSet = (d, obj, value) -> {
            PyMemberDescr m = (PyMemberDescr) d;
            PyObject[] vals = m.values(obj);
            if (value == null && vals[m.index] == null) {
                throw PyExc.attributeErrorFor(obj, PyUnicode.of(m.name), "'" + obj.getType().getName()
                        + "' object has no attribute '" + m.name + "'");
            }
            vals[m.index] = value;
        };
        t.getset("__name__", self -> PyUnicode.of(((PyMemberDescr) self).name), null);
        t.getset("__qualname__", self -> PyUnicode.of(((PyMemberDescr) self).owner.getName() + "."
                + ((PyMemberDescr) self).name), null);
        t.getset("__objclass__", self -> ((PyMemberDescr) self).owner, null);
        t.getset("__doc__", self -> PyNone.NONE, null);
        t.repr = self -> {
            PyMemberDescr m = (PyMemberDescr) self;
            return PyUnicode.of("<member '" + m.name + "' of '" + m.owner.getName() + "' objects>");
        };
    }
}
