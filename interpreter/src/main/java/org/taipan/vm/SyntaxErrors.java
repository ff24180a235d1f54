package org.taipan.vm;

import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;
import org.taipan.parse.SyntaxErrorException;

/** Converts the parser's and compiler's SyntaxErrorException into a Python SyntaxError instance. */
public final class SyntaxErrors {
    private SyntaxErrors() {
    }

    public static PyException toPython(SyntaxErrorException e) {
        PyType type = PyExc.ALL.getOrDefault(e.pythonType, PyExc.SyntaxError);
        PyObject text = e.text == null ? PyNone.NONE : PyUnicode.of(e.text);
        PyObject lineno = e.lineno < 0 ? PyNone.NONE : PyLong.of(e.lineno);
        PyObject offset = e.offset < 0 ? PyNone.NONE : PyLong.of(e.offset);
        PyObject endLineno = e.endLineno < 0 ? PyNone.NONE : PyLong.of(e.endLineno);
        // CPython really stores -1 there for errors the tokenizer reports past a line's end
        PyObject endOffset = PyLong.of(e.endOffset < 0 ? -1 : e.endOffset);
        PyObject filename = e.filename == null ? PyNone.NONE : PyUnicode.of(e.filename);
        PyTuple info = new PyTuple(filename, lineno, offset, text, endLineno, endOffset);
        PyBaseException exc = new PyBaseException(type, new PyTuple(PyUnicode.of(e.msg), info));
        exc.setAttr("msg", PyUnicode.of(e.msg));
        exc.setAttr("filename", filename);
        exc.setAttr("lineno", lineno);
        exc.setAttr("offset", offset);
        exc.setAttr("text", text);
        exc.setAttr("end_lineno", endLineno);
        exc.setAttr("end_offset", endOffset);
        exc.setAttr("print_file_and_line", PyNone.NONE);
        return new PyException(exc);
    }
}
