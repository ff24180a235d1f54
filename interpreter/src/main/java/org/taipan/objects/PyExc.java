package org.taipan.objects;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The built-in exception hierarchy (CPython's {@code Objects/exceptions.c}): one {@link PyType}
 * per exception class with CPython 3.11's bases, the type-specific constructors and {@code str},
 * and factory methods for raising them from Java ({@code throw PyExc.typeError("…")}).
 */
public final class PyExc {
    private PyExc() {
    }

    /** Every built-in exception type by name, in definition order (for the builtins module). */
    public static final Map<String, PyType> ALL = new LinkedHashMap<>();

    public static PyType BaseException, BaseExceptionGroup, GeneratorExit, KeyboardInterrupt,
            SystemExit, Exception, ArithmeticError, FloatingPointError, OverflowError,
            ZeroDivisionError, AssertionError, AttributeError, BufferError, EOFError,
            ExceptionGroup, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError,
            MemoryError, NameError, UnboundLocalError, OSError, BlockingIOError,
            ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
            ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError,
            InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError,
            ProcessLookupError, TimeoutError, ReferenceError, RuntimeError, NotImplementedError,
            RecursionError, StopAsyncIteration, StopIteration, SyntaxError, IndentationError,
            TabError, SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError,
            UnicodeEncodeError, UnicodeTranslateError, Warning, BytesWarning, DeprecationWarning,
            EncodingWarning, FutureWarning, ImportWarning, PendingDeprecationWarning,
            ResourceWarning, RuntimeWarning, SyntaxWarning, UnicodeWarning, UserWarning;

    static void createTypes() {
        BaseException = PyType.builtin("BaseException", null, ExceptionTypes::setupBase);
        ALL.put("BaseException", BaseException);
        BaseExceptionGroup = make("BaseExceptionGroup", BaseException, ExceptionTypes::setupGroup);
        GeneratorExit = make("GeneratorExit", BaseException);
        KeyboardInterrupt = make("KeyboardInterrupt", BaseException);
        SystemExit = make("SystemExit", BaseException, ExceptionTypes::setupSystemExit);
        Exception = make("Exception", BaseException);
        ArithmeticError = make("ArithmeticError", Exception);
        FloatingPointError = make("FloatingPointError", ArithmeticError);
        OverflowError = make("OverflowError", ArithmeticError);
        ZeroDivisionError = make("ZeroDivisionError", ArithmeticError);
        AssertionError = make("AssertionError", Exception);
        AttributeError = make("AttributeError", Exception, t -> ExceptionTypes.setupNamed(t, true));
        BufferError = make("BufferError", Exception);
        EOFError = make("EOFError", Exception);
        ExceptionGroup = PyType.builtinMulti("ExceptionGroup", new PyType[] {BaseExceptionGroup, Exception}, null);
        ALL.put("ExceptionGroup", ExceptionGroup);
        ImportError = make("ImportError", Exception, ExceptionTypes::setupImportError);
        ModuleNotFoundError = make("ModuleNotFoundError", ImportError);
        LookupError = make("LookupError", Exception);
        IndexError = make("IndexError", LookupError);
        KeyError = make("KeyError", LookupError, t -> t.str = ExceptionTypes::keyErrorStr);
        MemoryError = make("MemoryError", Exception);
        NameError = make("NameError", Exception, t -> ExceptionTypes.setupNamed(t, false));
        UnboundLocalError = make("UnboundLocalError", NameError);
        OSError = make("OSError", Exception, ExceptionTypes::setupOSError);
        BlockingIOError = make("BlockingIOError", OSError);
        ChildProcessError = make("ChildProcessError", OSError);
        ConnectionError = make("ConnectionError", OSError);
        BrokenPipeError = make("BrokenPipeError", ConnectionError);
        ConnectionAbortedError = make("ConnectionAbortedError", ConnectionError);
        ConnectionRefusedError = make("ConnectionRefusedError", ConnectionError);
        ConnectionResetError = make("ConnectionResetError", ConnectionError);
        FileExistsError = make("FileExistsError", OSError);
        FileNotFoundError = make("FileNotFoundError", OSError);
        InterruptedError = make("InterruptedError", OSError);
        IsADirectoryError = make("IsADirectoryError", OSError);
        NotADirectoryError = make("NotADirectoryError", OSError);
        PermissionError = make("PermissionError", OSError);
        ProcessLookupError = make("ProcessLookupError", OSError);
        TimeoutError = make("TimeoutError", OSError);
        ReferenceError = make("ReferenceError", Exception);
        RuntimeError = make("RuntimeError", Exception);
        NotImplementedError = make("NotImplementedError", RuntimeError);
        RecursionError = make("RecursionError", RuntimeError);
        StopAsyncIteration = make("StopAsyncIteration", Exception);
        StopIteration = make("StopIteration", Exception, ExceptionTypes::setupStopIteration);
        SyntaxError = make("SyntaxError", Exception, ExceptionTypes::setupSyntaxError);
        IndentationError = make("IndentationError", SyntaxError);
        TabError = make("TabError", IndentationError);
        SystemError = make("SystemError", Exception);
        TypeError = make("TypeError", Exception);
        ValueError = make("ValueError", Exception);
        UnicodeError = make("UnicodeError", ValueError);
        UnicodeDecodeError = make("UnicodeDecodeError", UnicodeError);
        UnicodeEncodeError = make("UnicodeEncodeError", UnicodeError);
        UnicodeTranslateError = make("UnicodeTranslateError", UnicodeError);
        Warning = make("Warning", Exception);
        BytesWarning = make("BytesWarning", Warning);
        DeprecationWarning = make("DeprecationWarning", Warning);
        EncodingWarning = make("EncodingWarning", Warning);
        FutureWarning = make("FutureWarning", Warning);
        ImportWarning = make("ImportWarning", Warning);
        PendingDeprecationWarning = make("PendingDeprecationWarning", Warning);
        ResourceWarning = make("ResourceWarning", Warning);
        RuntimeWarning = make("RuntimeWarning", Warning);
        SyntaxWarning = make("SyntaxWarning", Warning);
        UnicodeWarning = make("UnicodeWarning", Warning);
        UserWarning = make("UserWarning", Warning);
        ExceptionDocs.install(ALL);
    }

    private static PyType make(String name, PyType base) {
        return make(name, base, null);
    }

    /** A built-in exception type; {@code setup} runs before its slots are published and inherited. */
    private static PyType make(String name, PyType base, java.util.function.Consumer<PyType> setup) {
        PyType t = PyType.builtin(name, base, setup);
        if (setup == null && base != null) {
            // no fields of its own: its instances have its base's layout, as in CPython, so a
            // class may derive from two such exceptions (decimal.FloatOperation is an
            // ArithmeticError and a TypeError)
            t.solidBase = base.solidBase;
        }
        ALL.put(name, t);
        return t;
    }

    // --- creating exceptions from Java ---

    /** A new exception instance of a built-in type with a single message argument. */
    public static PyBaseException instance(PyType type, String msg) {
        return new PyBaseException(type, new PyTuple(PyUnicode.of(msg)));
    }

    public static PyException raise(PyType type, String msg) {
        return new PyException(instance(type, msg));
    }

    /** {@code MemoryError()} with no arguments, as CPython raises when an allocation fails. */
    public static PyException memoryError() {
        return new PyException(new PyBaseException(MemoryError, PyTuple.EMPTY));
    }

    public static PyException typeError(String msg) {
        return raise(TypeError, msg);
    }

    public static PyException valueError(String msg) {
        return raise(ValueError, msg);
    }

    public static PyException indexError(String msg) {
        return raise(IndexError, msg);
    }

    public static PyException runtimeError(String msg) {
        return raise(RuntimeError, msg);
    }

    public static PyException overflowError(String msg) {
        return raise(OverflowError, msg);
    }

    public static PyException zeroDivision(String msg) {
        return raise(ZeroDivisionError, msg);
    }

    public static PyException systemError(String msg) {
        return raise(SystemError, msg);
    }

    public static PyException keyError(PyObject key) {
        return new PyException(new PyBaseException(KeyError, new PyTuple(key)));
    }

    /** StopIteration carrying a generator's return value (no argument when it is None). */
    public static PyException stopIteration(PyObject value) {
        PyBaseException e = new PyBaseException(StopIteration,
                value == null || value == PyNone.NONE ? PyTuple.EMPTY : new PyTuple(value));
        e.setAttr("value", value == null ? PyNone.NONE : value);
        return new PyException(e);
    }

    /** {@code 'T' object has no attribute 'name'}, with the name/obj attributes 3.11 sets. */
    public static PyException attributeError(PyObject obj, PyUnicode name) {
        String msg;
        if (obj instanceof PyType) {
            msg = "type object '" + ((PyType) obj).getName() + "' has no attribute '" + name.value + "'";
        } else if (obj instanceof PyModule) {
            msg = "module '" + ((PyModule) obj).name() + "' has no attribute '" + name.value + "'";
        } else {
            msg = "'" + obj.getType().getName() + "' object has no attribute '" + name.value + "'";
        }
        return attributeErrorFor(obj, name, msg);
    }

    public static PyException attributeErrorFor(PyObject obj, PyUnicode name, String msg) {
        PyBaseException e = instance(AttributeError, msg);
        e.setAttr("name", name);
        e.setAttr("obj", obj);
        return new PyException(e);
    }

    public static PyException nameError(String name) {
        PyBaseException e = instance(NameError, "name '" + name + "' is not defined");
        e.setAttr("name", PyUnicode.of(name));
        return new PyException(e);
    }

    public static PyException unboundLocal(String name) {
        PyBaseException e = instance(UnboundLocalError,
                "cannot access local variable '" + name + "' where it is not associated with a value");
        e.setAttr("name", PyUnicode.of(name));
        return new PyException(e);
    }

    /** {@code TypeError: 'T' object is not <what>} — "callable", "iterable", "subscriptable"… */
    public static PyException notA(PyObject obj, String what) {
        return typeError("'" + obj.getType().getName() + "' object " + what);
    }
}
