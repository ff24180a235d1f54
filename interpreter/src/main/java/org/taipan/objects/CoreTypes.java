package org.taipan.objects;

/**
 * Creates the built-in types in dependency order, once, before any Python object is used
 * ({@link PyObject}'s class initialiser triggers it). {@code object} and {@code type} come first
 * because every other type needs both; the rest register their slots and methods through their
 * {@code setup} functions: plain lambdas, no reflection, so start-up stays cheap.
 */
final class CoreTypes {
    private CoreTypes() {
    }

    private static boolean done;

    static synchronized void init() {
        if (done) {
            return;
        }
        done = true;
        PyType object = new PyType("object", null);
        PyType type = new PyType("type", null);
        PyBaseObject.TYPE = object;
        PyType.TYPE = type;
        object.setBases();
        type.setBases(object);
        // Descriptor types must exist before setups register methods (their instances are made lazily).
        PyBaseObject.setup(object);
        object.finishBuiltin();
        TypeBuiltins.setupType(type);
        type.finishBuiltin();
        PyUnicode.TYPE = PyType.builtin("str", null, StrMethods::setup);
        PyDict.TYPE = PyType.builtin("dict", null, DictMethods::setup);
        PyMethodDescr.TYPE = PyType.builtin("method_descriptor", null, PyMethodDescr::setup);
        PyClassMethodDescr.TYPE = PyType.builtin("classmethod_descriptor", null, PyClassMethodDescr::setup);
        PyGetSetDescr.TYPE = PyType.builtin("getset_descriptor", null, PyGetSetDescr::setup);
        PyMemberDescr.TYPE = PyType.builtin("member_descriptor", null, PyMemberDescr::setup);
        PyWrapperDescr.TYPE = PyType.builtin("wrapper_descriptor", null, PyWrapperDescr::setup);
        PyWrapperDescr.METHOD_WRAPPER_TYPE = PyType.builtin("method-wrapper", null, PyWrapperDescr::setupMethodWrapper);
        PyBuiltinFunction.TYPE = PyType.builtin("builtin_function_or_method", null, PyBuiltinFunction::setup);
        PyLong.TYPE = PyType.builtin("int", null, IntMethods::setup);
        PyBool.TYPE = PyType.builtin("bool", PyLong.TYPE, PyBool::setup);
        PyFloat.TYPE = PyType.builtin("float", null, FloatMethods::setup);
        PyComplex.TYPE = PyType.builtin("complex", null, ComplexMethods::setup);
        PyNone.TYPE = PyType.builtin("NoneType", null, PyNone::setup);
        PyNotImplemented.TYPE = PyType.builtin("NotImplementedType", null, PyNotImplemented::setup);
        PyEllipsis.TYPE = PyType.builtin("ellipsis", null, PyEllipsis::setup);
        PyTuple.TYPE = PyType.builtin("tuple", null, TupleMethods::setup);
        PyList.TYPE = PyType.builtin("list", null, ListMethods::setup);
        PySet.SET_TYPE = PyType.builtin("set", null, t -> SetMethods.setup(t, false));
        PySet.FROZENSET_TYPE = PyType.builtin("frozenset", null, t -> SetMethods.setup(t, true));
        PyBytes.TYPE = PyType.builtin("bytes", null, PyBytes::setup);
        PyByteArray.TYPE = PyType.builtin("bytearray", null, PyByteArray::setup);
        PyMemoryView.TYPE = PyType.builtin("memoryview", null, PyMemoryView::setup);
        PySlice.TYPE = PyType.builtin("slice", null, PySlice::setup);
        PyCell.TYPE = PyType.builtin("cell", null, PyCell::setup);
        PyCode.TYPE = PyType.builtin("code", null, PyCode::setup);
        PyFunction.TYPE = PyType.builtin("function", null, PyFunction::setup);
        PyMethod.TYPE = PyType.builtin("method", null, PyMethod::setup);
        PyStaticMethod.TYPE = PyType.builtin("staticmethod", null, PyStaticMethod::setup);
        PyClassMethod.TYPE = PyType.builtin("classmethod", null, PyClassMethod::setup);
        PyProperty.TYPE = PyType.builtin("property", null, PyProperty::setup);
        PySuper.TYPE = PyType.builtin("super", null, PySuper::setup);
        PyModule.TYPE = PyType.builtin("module", null, PyModule::setup);
        PyMappingProxy.TYPE = PyType.builtin("mappingproxy", null, PyMappingProxy::setup);
        PyGenericAlias.TYPE = PyType.builtin("types.GenericAlias", null, PyGenericAlias::setup);
        PySeqIter.TYPE = PyType.builtin("iterator", null, PySeqIter::setup);
        BuiltinTypeSetup.StrIter.TYPE = PyType.builtin("str_ascii_iterator", null, StrMethods::setupIterator);
        BuiltinTypeSetup.StrIter.UNICODE_TYPE = PyType.builtin("str_iterator", null, StrMethods::setupIterator);
        PyTupleIter.TYPE = PyType.builtin("tuple_iterator", null, PyTupleIter::setup);
        PyListIter.TYPE = PyType.builtin("list_iterator", null, PyListIter::setup);
        PyListIter.REVERSE_TYPE = PyType.builtin("list_reverseiterator", null, PyListIter::setup);
        for (int k = 0; k < 6; k++) {
            PyDictIter.TYPES[k] = PyType.builtin(PyDictIter.NAMES[k], null, PyDictIter::setup);
        }
        for (int k = 0; k < 3; k++) {
            final int kind = k;
            PyDictView.TYPES[k] = PyType.builtin(PyDictView.NAMES[k], null, t -> PyDictView.setup(t, kind));
        }
        PySet.Iter.TYPE = PyType.builtin("set_iterator", null, t -> {
            BuiltinTypeSetup.setupIter(t);
            t.iternext = self -> ((PySet.Iter) self).next();
            t.method("__length_hint__", self -> PyLong.of(((PySet.Iter) self).lengthHint()));
            t.method("__reduce__", self -> IteratorReduce.remaining(((PySet.Iter) self).copy()));
        });
        PyUnionType.TYPE = PyType.builtin("types.UnionType", null, PyUnionType::setup);
        BytesIterator.BYTES_TYPE = PyType.builtin("bytes_iterator", null, BytesIterator::setup);
        BytesIterator.BYTEARRAY_TYPE = PyType.builtin("bytearray_iterator", null, BytesIterator::setup);
        PyExc.createTypes();
        UnicodeErrors.setup();
        IterTypes.createTypes();
    }
}
