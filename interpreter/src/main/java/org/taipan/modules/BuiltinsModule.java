package org.taipan.modules;

import java.util.Map;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.IterTypes;
import org.taipan.objects.NumberProtocol;
import org.taipan.objects.PyBaseObject;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyClassMethod;
import org.taipan.objects.PyComplex;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyEllipsis;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyNotImplemented;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyProperty;
import org.taipan.objects.PySet;
import org.taipan.objects.PySlice;
import org.taipan.objects.PyStaticMethod;
import org.taipan.objects.PySuper;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;
import org.taipan.objects.ObjectIds;
import org.taipan.vm.InterpreterState;

/**
 * The {@code builtins} module: the built-in types and exceptions, constants, and the built-in
 * functions ({@code builtin_function_or_method} objects, each an explicit lambda).
 */
public final class BuiltinsModule {
    private BuiltinsModule() {
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("builtins");
        m.add("None", PyNone.NONE);
        m.add("True", PyBool.TRUE);
        m.add("False", PyBool.FALSE);
        m.add("Ellipsis", PyEllipsis.ELLIPSIS);
        m.add("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        m.add("__debug__", PyBool.TRUE);
        m.add("object", PyBaseObject.TYPE);
        m.add("type", PyType.TYPE);
        m.add("int", PyLong.TYPE);
        m.add("bool", PyBool.TYPE);
        m.add("float", PyFloat.TYPE);
        m.add("complex", PyComplex.TYPE);
        m.add("str", PyUnicode.TYPE);
        m.add("bytes", PyBytes.TYPE);
        m.add("bytearray", org.taipan.objects.PyByteArray.TYPE);
        m.add("memoryview", org.taipan.objects.PyMemoryView.TYPE);
        m.add("tuple", PyTuple.TYPE);
        m.add("list", PyList.TYPE);
        m.add("dict", PyDict.TYPE);
        m.add("set", PySet.SET_TYPE);
        m.add("frozenset", PySet.FROZENSET_TYPE);
        m.add("slice", PySlice.TYPE);
        m.add("range", IterTypes.RANGE);
        m.add("enumerate", IterTypes.ENUMERATE);
        m.add("zip", IterTypes.ZIP);
        m.add("map", IterTypes.MAP);
        m.add("filter", IterTypes.FILTER);
        m.add("reversed", IterTypes.REVERSED);
        m.add("property", PyProperty.TYPE);
        m.add("classmethod", PyClassMethod.TYPE);
        m.add("staticmethod", PyStaticMethod.TYPE);
        m.add("super", PySuper.TYPE);
        for (Map.Entry<String, PyType> e : PyExc.ALL.entrySet()) {
            m.add(e.getKey(), e.getValue());
        }
        m.add("EnvironmentError", PyExc.OSError);
        m.add("IOError", PyExc.OSError);
        m.add("open", org.taipan.modules.io.IoModule.openFunction());
        m.addFunction("len", (self, a, off, n, kw) -> {
            one("len", n, kw);
            return PyLong.of(Abstract.length(a[off]));
        });
        m.addFunction("repr", (self, a, off, n, kw) -> {
            one("repr", n, kw);
            return Abstract.repr(a[off]);
        });
        m.addFunction("ascii", (self, a, off, n, kw) -> {
            one("ascii", n, kw);
            return PyUnicode.of(ascii(Abstract.repr(a[off]).value));
        });
        m.addFunction("id", (self, a, off, n, kw) -> {
            one("id", n, kw);
            return PyLong.of(ObjectIds.id(a[off]));
        });
        m.addFunction("hash", (self, a, off, n, kw) -> {
            one("hash", n, kw);
            return PyLong.of(Abstract.hash(a[off]));
        });
        m.addFunction("abs", (self, a, off, n, kw) -> {
            one("abs", n, kw);
            return NumberProtocol.absolute(a[off]);
        });
        m.addFunction("callable", (self, a, off, n, kw) -> {
            one("callable", n, kw);
            return PyBool.of(Abstract.isCallable(a[off]));
        });
        m.addFunction("isinstance", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("isinstance", kw);
            ArgParser.checkCount("isinstance", n, 2, 2);
            return PyBool.of(Abstract.isInstance(a[off], a[off + 1]));
        });
        m.addFunction("issubclass", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("issubclass", kw);
            ArgParser.checkCount("issubclass", n, 2, 2);
            return PyBool.of(Abstract.isSubclass(a[off], a[off + 1]));
        });
        m.addFunction("getattr", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("getattr", kw);
            ArgParser.checkCount("getattr", n, 2, 3);
            PyUnicode name = attrName(a[off + 1], "getattr");
            if (n == 3) {
                PyObject v = Abstract.getAttrOrNull(a[off], name);
                return v == null ? a[off + 2] : v;
            }
            return Abstract.getAttr(a[off], name);
        });
        m.addFunction("setattr", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("setattr", kw);
            ArgParser.checkCount("setattr", n, 3, 3);
            Abstract.setAttr(a[off], attrName(a[off + 1], "setattr"), a[off + 2]);
            return PyNone.NONE;
        });
        m.addFunction("delattr", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("delattr", kw);
            ArgParser.checkCount("delattr", n, 2, 2);
            Abstract.delAttr(a[off], attrName(a[off + 1], "delattr"));
            return PyNone.NONE;
        });
        m.addFunction("hasattr", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("hasattr", kw);
            ArgParser.checkCount("hasattr", n, 2, 2);
            return PyBool.of(Abstract.getAttrOrNull(a[off], attrName(a[off + 1], "hasattr")) != null);
        });
        org.taipan.objects.IteratorReduce.builtinIter = m.addFunction("iter", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("iter", kw);
            ArgParser.checkCount("iter", n, 1, 2);
            if (n == 2) {
                if (!Abstract.isCallable(a[off])) {
                    throw PyExc.typeError("iter(v, w): v must be callable");
                }
                return IterTypes.callableIterator(a[off], a[off + 1]);
            }
            return Abstract.getIter(a[off]);
        });
        m.addFunction("next", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("next", kw);
            ArgParser.checkCount("next", n, 1, 2);
            PyObject it = a[off];
            if (it.getType().iternext == null) {
                throw PyExc.typeError("'" + it.getType().getName() + "' object is not an iterator");
            }
            PyObject v = Abstract.next(it);
            if (v == null) {
                if (n == 2) {
                    return a[off + 1];
                }
                throw PyExc.stopIteration(org.taipan.vm.PyGenerator.returnValueOf(it));
            }
            return v;
        });
        m.addFunction("print", (self, a, off, n, kw) -> {
            PyObject sep = PyNone.NONE;
            PyObject end = PyNone.NONE;
            PyObject file = PyNone.NONE;
            boolean flush = false;
            for (int i = 0; kw != null && i < kw.size(); i++) {
                String k = ((PyUnicode) kw.get(i)).value;
                PyObject v = a[off + n + i];
                switch (k) {
                    case "sep": sep = v; break;
                    case "end": end = v; break;
                    case "file": file = v; break;
                    case "flush": flush = Abstract.isTrue(v); break;
                    default: throw PyExc.typeError("'" + k + "' is an invalid keyword argument for print()");
                }
            }
            if (sep != PyNone.NONE && !(sep instanceof PyUnicode)) {
                throw PyExc.typeError("sep must be None or a string, not " + sep.getType().getName());
            }
            if (end != PyNone.NONE && !(end instanceof PyUnicode)) {
                throw PyExc.typeError("end must be None or a string, not " + end.getType().getName());
            }
            if (file == PyNone.NONE) {
                file = SysModule.stream("stdout");
                if (file == PyNone.NONE) {
                    return PyNone.NONE;
                }
            }
            String sepS = sep == PyNone.NONE ? " " : ((PyUnicode) sep).value;
            String endS = end == PyNone.NONE ? "\n" : ((PyUnicode) end).value;
            if (file instanceof StdStream) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        sb.append(sepS);
                    }
                    sb.append(Abstract.str(a[off + i]).value);
                }
                sb.append(endS);
                ((StdStream) file).write(sb.toString());
            } else {
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        StdStream.writeTo(file, sepS);
                    }
                    StdStream.writeTo(file, Abstract.str(a[off + i]).value);
                }
                StdStream.writeTo(file, endS);
            }
            if (flush) {
                Abstract.callMethod(file, "flush");
            }
            return PyNone.NONE;
        });
        BuiltinFunctions.register(m);
        return m;
    }

    private static void one(String name, int n, PyTuple kw) {
        ArgParser.noKeywords(name, kw);
        if (n != 1) {
            throw PyExc.typeError(name + "() takes exactly one argument (" + n + " given)");
        }
    }

    private static PyUnicode attrName(PyObject o, String fname) {
        if (!(o instanceof PyUnicode)) {
            throw PyExc.typeError("attribute name must be string, not '" + o.getType().getName() + "'");
        }
        return (PyUnicode) o;
    }

    /** {@code ascii()}: the repr with non-ASCII characters escaped. */
    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        repr.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp < 256) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }
}
