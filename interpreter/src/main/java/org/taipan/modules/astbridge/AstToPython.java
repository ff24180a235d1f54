package org.taipan.modules.astbridge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taipan.ast.Located;
import org.taipan.ast.Node;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyCode;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyUnicode;

/**
 * Turns the parser's Java tree into instances of the {@code ast} module's Python node classes
 * (CPython's {@code ast2obj}): same class names, fields and positions, so {@code ast.dump} of
 * the result prints what CPython prints.
 */
final class AstToPython {
    private final PyDict classes;
    /** One instance per field-less node class (Load, Add, ...), shared across the tree. */
    private final Map<String, PyObject> singletons = new HashMap<>();

    AstToPython(PyDict classes) {
        this.classes = classes;
    }

    private PyObject classNamed(String name) {
        PyObject cls = classes.getStr(name);
        if (cls == null) {
            throw PyExc.systemError("ast has no node class " + name);
        }
        return cls;
    }

    PyObject convert(Object value) {
        if (value == null) {
            return PyNone.NONE;
        }
        if (value instanceof Node node) {
            return node(node);
        }
        if (value instanceof List<?> list) {
            PyList out = new PyList();
            for (Object item : list) {
                out.append(convert(item));
            }
            return out;
        }
        if (value instanceof Enum<?> e) {
            return singletons.computeIfAbsent(e.name(), n -> Abstract.call(classNamed(n)));
        }
        if (value instanceof Integer i) {
            return PyLong.of(i);
        }
        return PyCode.constant(value);
    }

    private PyObject node(Node node) {
        PyObject obj = Abstract.call(classNamed(node.typeName()));
        node.forEachField((name, value, optional) -> Abstract.setAttr(obj, name, convert(value)));
        if (node instanceof Located at) {
            Abstract.setAttr(obj, "lineno", PyLong.of(at.lineno));
            Abstract.setAttr(obj, "col_offset", PyLong.of(at.colOffset));
            Abstract.setAttr(obj, "end_lineno", at.endLineno < 0 ? PyNone.NONE : PyLong.of(at.endLineno));
            Abstract.setAttr(obj, "end_col_offset", at.endColOffset < 0 ? PyNone.NONE : PyLong.of(at.endColOffset));
        }
        return obj;
    }
}
