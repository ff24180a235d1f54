package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * CPython's struct sequence (PyStructSequence): a tuple with named fields, used for
 * {@code sys.version_info}, {@code sys.flags}, {@code sys.float_info} and the like. Its repr is
 * {@code type_name(field=value, ...)}; the fields are read-only attributes; instances cannot be
 * created from Python (as CPython's sys types, which are not constructible).
 */
public final class StructSequence extends PyTuple {
    private final PyType type;

    public StructSequence(PyType type, PyObject... items) {
        super(items);
        this.type = type;
    }

    @Override
    public PyType getType() {
        return type;
    }

    /** A new struct sequence type named {@code qualifiedName} (e.g. "sys.flags") with these fields. */
    public static PyType newType(String qualifiedName, String... fields) {
        return newType(qualifiedName, false, fields);
    }

    /**
     * A struct sequence type; when {@code constructible}, {@code T(sequence)} makes an instance
     * from a sequence of exactly the fields (CPython's structseq_new, minus optional fields).
     */
    public static PyType newType(String qualifiedName, boolean constructible, String... fields) {
        return PyType.builtin(qualifiedName, PyTuple.TYPE, t -> {
            for (int i = 0; i < fields.length; i++) {
                final int index = i;
                t.getset(fields[i], self -> ((PyTuple) self).get(index), null);
            }
            t.getDict().setStr("n_fields", PyLong.of(fields.length));
            t.getDict().setStr("n_sequence_fields", PyLong.of(fields.length));
            t.getDict().setStr("n_unnamed_fields", PyLong.of(0));
            // class patterns match the fields by position, as a dataclass's would
            PyObject[] names = new PyObject[fields.length];
            for (int i = 0; i < fields.length; i++) {
                names[i] = PyUnicode.of(fields[i]);
            }
            t.getDict().setStr("__match_args__", new PyTuple(names));
            // pickles as (type, (plain tuple, {})): all fields here are sequence fields
            t.method("__reduce__", self -> new PyTuple(self.getType(),
                    new PyTuple(new PyTuple(((PyTuple) self).items().clone()), new PyDict())));
            t.newFunc = (type, args, off, nargs, kw) -> {
                if (!constructible) {
                    throw PyExc.typeError("cannot create '" + qualifiedName + "' instances");
                }
                if (nargs == 0) {
                    throw PyExc.typeError("structseq() missing required argument 'sequence' (pos 1)");
                }
                if (nargs > 2 || kw != null && kw.size() > 0) {
                    throw PyExc.typeError("structseq() takes at most 2 arguments (" + nargs + " given)");
                }
                if (!Abstract.isSequence(args[off])) {
                    throw PyExc.typeError("constructor requires a sequence");
                }
                PyTuple items = PyTuple.fromIterable(args[off]);
                if (items.size() != fields.length) {
                    throw PyExc.typeError(qualifiedName + "() takes a " + fields.length + "-sequence ("
                            + items.size() + "-sequence given)");
                }
                return new StructSequence(type, items.items().clone());
            };
            // CPython's structseq_repr: the type's full name, then name=repr(value) for each field.
            t.repr = self -> {
                StringBuilder sb = new StringBuilder(qualifiedName).append('(');
                PyTuple tuple = (PyTuple) self;
                for (int i = 0; i < fields.length; i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(fields[i]).append('=').append(Abstract.repr(tuple.get(i)).value);
                }
                return PyUnicode.of(sb.append(')').toString());
            };
        });
    }
}
