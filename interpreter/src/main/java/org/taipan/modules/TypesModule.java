package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.PyBuiltinFunction;
import org.taipan.objects.PyCell;
import org.taipan.objects.PyCode;
import org.taipan.objects.PyFunction;
import org.taipan.objects.PyGenericAlias;
import org.taipan.objects.PyMappingProxy;
import org.taipan.objects.PyMethod;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;
import org.taipan.objects.PyUnionType;
import org.taipan.vm.PyFrame;
import org.taipan.vm.PyGenerator;
import org.taipan.vm.Traceback;

/** The {@code types} module: names for the interpreter's built-in types, and SimpleNamespace. */
final class TypesModule {
    private TypesModule() {
    }

    static PyModule create() {
        PyModule m = new PyModule("types");
        m.add("FunctionType", PyFunction.TYPE);
        m.add("LambdaType", PyFunction.TYPE);
        m.add("CodeType", PyCode.TYPE);
        m.add("MethodType", PyMethod.TYPE);
        m.add("BuiltinFunctionType", PyBuiltinFunction.TYPE);
        m.add("BuiltinMethodType", PyBuiltinFunction.TYPE);
        m.add("ModuleType", PyModule.TYPE);
        m.add("CellType", PyCell.TYPE);
        m.add("MappingProxyType", PyMappingProxy.TYPE);
        m.add("GenericAlias", PyGenericAlias.TYPE);
        m.add("UnionType", PyUnionType.TYPE);
        m.add("NoneType", PyNone.TYPE);
        m.add("GeneratorType", PyGenerator.GENERATOR);
        m.add("CoroutineType", PyGenerator.COROUTINE);
        m.add("AsyncGeneratorType", PyGenerator.ASYNC_GENERATOR);
        m.add("FrameType", PyFrame.TYPE);
        m.add("TracebackType", Traceback.TYPE);
        m.add("SimpleNamespace", simpleNamespace());
        return m;
    }

    /** {@code types.SimpleNamespace}: attributes from keyword arguments, a readable repr, equality by dict. */
    private static PyType simpleNamespace() {
        PyType[] self0 = new PyType[1];
        self0[0] = PyType.builtin("types.SimpleNamespace", null, t -> {
            t.instancesHaveDict = true;
            t.newFunc = (type, args, off, nargs, kw) -> new org.taipan.objects.PyInstance(type);
            t.init = (self, args, off, nargs, kw) -> {
                if (nargs > 1) {
                    throw org.taipan.objects.PyExc.typeError("SimpleNamespace expected at most 1 argument, got " + nargs);
                }
                if (nargs == 1) {
                    self.getDict().update(args[off]);
                }
                for (int i = 0; kw != null && i < kw.size(); i++) {
                    self.getDict().setItem(kw.get(i), args[off + nargs + i]);
                }
            };
            t.repr = self -> {
                StringBuilder sb = new StringBuilder(self.getType() == self0[0] ? "namespace(" : self.getType().getName() + "(");
                boolean first = true;
                for (java.util.Map.Entry<PyObject, PyObject> e : self.getDict().entries()) {
                    sb.append(first ? "" : ", ").append(Abstract.str(e.getKey()).value).append('=')
                            .append(Abstract.repr(e.getValue()).value);
                    first = false;
                }
                return PyUnicode.of(sb.append(')').toString());
            };
            t.richcompare = (a, b, op) -> {
                if (!(b.getType().isSubtypeOf(self0[0])) || (op != org.taipan.objects.CompareOp.EQ
                        && op != org.taipan.objects.CompareOp.NE)) {
                    return org.taipan.objects.PyNotImplemented.NOT_IMPLEMENTED;
                }
                return Abstract.richCompare(a.getDict(), b.getDict(), op);
            };
            t.hash = org.taipan.objects.TypeSlots.HASH_NOT_IMPLEMENTED;
            t.getset("__dict__", self -> self.getDict(), null);
        });
        return self0[0];
    }
}
