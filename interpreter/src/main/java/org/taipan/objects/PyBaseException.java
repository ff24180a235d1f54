package org.taipan.objects;

/**
 * An instance of {@code BaseException} or any subclass, built-in or defined in Python: one Java
 * class for the whole hierarchy (see {@link PyExc}), with CPython's common attributes as fields
 * and the type-specific ones ({@code errno}, {@code value}, {@code code}…) in {@link #dict}.
 */
public class PyBaseException extends PyObject {
    PyType type;
    final PyDict dict = new PyDict();
    public PyTuple args = PyTuple.EMPTY;
    public PyObject cause;              // __cause__, null = None
    public PyObject context;            // __context__, null = None
    public boolean suppressContext;     // __suppress_context__
    public PyObject traceback;          // __traceback__, null = None

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    /** An attribute stored in the instance dict (errno, value, code…), or None. */
    public PyObject attr(String name) {
        PyObject v = dict.getItem(PyUnicode.of(name));
        return v == null ? PyNone.NONE : v;
    }

    public void setAttr(String name, PyObject v) {
        dict.setItem(PyUnicode.of(name), v);
    }

    /** The first argument or None: StopIteration.value, the message of most errors. */
    public PyObject firstArg() {
        return args.size() > 0 ? args.get(0) : PyNone.NONE;
    }

    /** {@code raise}-ready carrier of this exception. */
    public PyException toThrowable() {
        return new PyException(this);
    }
}
