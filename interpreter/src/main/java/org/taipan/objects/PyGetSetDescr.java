package org.taipan.objects;

/** {@code getset_descriptor}: a computed attribute of a built-in type ({@code __class__}, {@code args}). */
public final class PyGetSetDescr extends PyObject {
    public static PyType TYPE;
    public final PyType owner;
    public final String name;
    final SlotFunctions.Unary getter;
    final SlotFunctions.DescrSet setter;

    PyGetSetDescr(PyType owner, String name, SlotFunctions.Unary getter, SlotFunctions.DescrSet setter) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.descrGet = (d, obj, type) -> {
            if (obj == null) {
                return d;
            }
            PyGetSetDescr g = (PyGetSetDescr) d;
            if (!obj.getType().isSubtypeOf(g.owner)) {
                throw PyExc.typeError("descriptor '" + g.name + "' for '" + g.owner.getName()
                        + "' objects doesn't apply to a '" + obj.getType().getName() + "' object");
            }
            return g.getter.apply(obj);
        };
        t.descrSet = (d, obj, value) -> {
            PyGetSetDescr g = (PyGetSetDescr) d;
            if (g.setter == null) {
                throw PyExc.attributeErrorFor(obj, PyUnicode.of(g.name), "attribute '" + g.name + "' of '"
                        + g.owner.getName() + "' objects is not writable");
            }
            g.setter.set(d, obj, value);
        };
        t.repr = self -> {
            PyGetSetDescr g = (PyGetSetDescr) self;
            return PyUnicode.of("<attribute '" + g.name + "' of '" + g.owner.getName() + "' objects>");
        };
    }
}
